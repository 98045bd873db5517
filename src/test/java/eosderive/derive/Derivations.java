package eosderive.derive;

import eosderive.model.ModelDefinition;
import eosderive.symbolic.Symja;

/** One shared derivation per test JVM: Symja takes a second to start, the series another. */
final class Derivations {

  static final int ORDER = 8;
  static final Symja SYMJA = new Symja();
  static final Foundation FOUNDATION =
      Foundation.derive(ModelDefinition.twoParameter(), SYMJA, ORDER, message -> { });

  private Derivations() {}
}
