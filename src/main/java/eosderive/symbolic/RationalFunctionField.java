package eosderive.symbolic;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.ufd.Quotient;
import edu.jas.ufd.QuotientRing;

/**
 * The field Q(parameters) of rational functions, for example Q(eps, Et), backed by JAS
 * {@code QuotientRing}. JAS keeps every element in lowest terms, so two equal rational functions
 * have equal numerators and denominators and print identically.
 */
public final class RationalFunctionField {

  private final PolynomialRing parameters;
  private final QuotientRing<BigRational> field;

  public RationalFunctionField(PolynomialRing parameters) {
    this.parameters = parameters;
    this.field = new QuotientRing<>(parameters.jas());
  }

  public PolynomialRing parameters() {
    return parameters;
  }

  public Quotient<BigRational> zero() {
    return field.getZERO();
  }

  public Quotient<BigRational> one() {
    return field.getONE();
  }

  public Quotient<BigRational> of(BigRational value) {
    return new Quotient<>(field, parameters.constant(value));
  }

  /** Embeds a polynomial of the parameter ring. */
  public Quotient<BigRational> of(GenPolynomial<BigRational> polynomial) {
    return new Quotient<>(field, polynomial);
  }

  public Quotient<BigRational> of(
      GenPolynomial<BigRational> numerator, GenPolynomial<BigRational> denominator) {
    return new Quotient<>(field, numerator, denominator);
  }

  /**
   * Prints in Symja input syntax: a polynomial when the denominator is a constant, otherwise
   * {@code (numerator)/(denominator)} with the constant content moved to the numerator.
   */
  public String toInput(Quotient<BigRational> q) {
    GenPolynomial<BigRational> numerator = q.num;
    GenPolynomial<BigRational> denominator = q.den;
    if (denominator.isConstant()) {
      return parameters.toInput(numerator.divide(denominator.leadingBaseCoefficient()));
    }
    return "(" + parameters.toInput(numerator) + ")/(" + parameters.toInput(denominator) + ")";
  }
}
