package eosderive.symbolic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.Monomial;

import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;

/**
 * Exact polynomials over Q in named variables, backed by JAS ({@code GenPolynomialRing} with
 * {@code BigRational} coefficients).
 *
 * <p>JAS does the heavy arithmetic (composition of maps, coefficient extraction), which is three
 * orders of magnitude faster than Symja's {@code Coefficient} on the expanded two-step map. This
 * class adds what the derivations need on top: variables by name, conversion from Symja
 * expressions, substitution, coefficients of one variable, and deterministic printing in Symja
 * input syntax.
 */
public final class PolynomialRing {

  private final GenPolynomialRing<BigRational> ring;
  private final List<String> names;
  private final Map<String, Integer> exponentIndex = new LinkedHashMap<>();

  /** Creates the ring Q[names...]; the names are printed in this order. */
  public PolynomialRing(String... names) {
    this.names = List.of(names);
    this.ring = new GenPolynomialRing<>(new BigRational(), names);
    for (int i = 0; i < names.length; i++) {
      // JAS numbers exponent positions from the last variable; read the position off a monomial.
      ExpVector e = ring.univariate(names[i]).leadingExpVector();
      for (int j = 0; j < e.length(); j++) {
        if (e.getVal(j) == 1) {
          exponentIndex.put(names[i], j);
        }
      }
    }
  }

  public List<String> variables() {
    return names;
  }

  public GenPolynomialRing<BigRational> jas() {
    return ring;
  }

  public GenPolynomial<BigRational> variable(String name) {
    requireVariable(name);
    return ring.univariate(name);
  }

  public GenPolynomial<BigRational> constant(BigRational value) {
    return ring.getONE().multiply(value);
  }

  public GenPolynomial<BigRational> constant(long numerator, long denominator) {
    return constant(new BigRational(numerator, denominator));
  }

  public GenPolynomial<BigRational> zero() {
    return ring.getZERO();
  }

  /** Returns the exponent of {@code name} in one monomial's exponent vector. */
  public long exponent(ExpVector e, String name) {
    requireVariable(name);
    return e.getVal(exponentIndex.get(name));
  }

  /** Returns the degree of {@code p} in the variable {@code name} (0 for the zero polynomial). */
  public long degree(GenPolynomial<BigRational> p, String name) {
    long degree = 0;
    for (Monomial<BigRational> m : p) {
      degree = Math.max(degree, exponent(m.e, name));
    }
    return degree;
  }

  /**
   * Returns the coefficient of {@code name^power} in {@code p}, as a polynomial in the other
   * variables.
   */
  public GenPolynomial<BigRational> coefficient(
      GenPolynomial<BigRational> p, String name, long power) {
    GenPolynomial<BigRational> result = ring.getZERO();
    int index = exponentIndex.get(name);
    for (Monomial<BigRational> m : p) {
      if (m.e.getVal(index) == power) {
        result = result.sum(m.c, m.e.subst(index, 0));
      }
    }
    return result;
  }

  /**
   * Divides {@code p} exactly by {@code name^power}; fails when some term has a lower power,
   * because then the factor the caller relies on is not there.
   */
  public GenPolynomial<BigRational> divideByPower(
      GenPolynomial<BigRational> p, String name, long power) {
    GenPolynomial<BigRational> result = ring.getZERO();
    int index = exponentIndex.get(name);
    for (Monomial<BigRational> m : p) {
      long e = m.e.getVal(index);
      if (e < power) {
        throw new ArithmeticException(
            "polynomial is not divisible by " + name + "^" + power + ": " + toInput(p));
      }
      result = result.sum(m.c, m.e.subst(index, e - power));
    }
    return result;
  }

  /**
   * Substitutes polynomials for variables: every variable named in {@code values} is replaced,
   * the others are kept. Powers of each substituted polynomial are computed once.
   */
  public GenPolynomial<BigRational> substitute(
      GenPolynomial<BigRational> p, Map<String, GenPolynomial<BigRational>> values) {
    Map<String, List<GenPolynomial<BigRational>>> powers = new LinkedHashMap<>();
    for (String name : values.keySet()) {
      requireVariable(name);
      powers.put(name, new ArrayList<>(List.of(ring.getONE())));
    }
    GenPolynomial<BigRational> result = ring.getZERO();
    for (Monomial<BigRational> m : p) {
      ExpVector kept = m.e;
      GenPolynomial<BigRational> term = ring.getONE();
      for (Map.Entry<String, GenPolynomial<BigRational>> entry : values.entrySet()) {
        int index = exponentIndex.get(entry.getKey());
        int e = (int) kept.getVal(index);
        kept = kept.subst(index, 0);
        term = term.multiply(power(powers.get(entry.getKey()), entry.getValue(), e));
      }
      result = result.sum(term.multiply(m.c, kept));
    }
    return result;
  }

  /** Substitutes one polynomial for one variable. */
  public GenPolynomial<BigRational> substitute(
      GenPolynomial<BigRational> p, String name, GenPolynomial<BigRational> value) {
    return substitute(p, Map.of(name, value));
  }

  private static GenPolynomial<BigRational> power(
      List<GenPolynomial<BigRational>> cache, GenPolynomial<BigRational> base, int exponent) {
    while (cache.size() <= exponent) {
      cache.add(cache.get(cache.size() - 1).multiply(base));
    }
    return cache.get(exponent);
  }

  /**
   * Converts a Symja expression built from the ring's variables, rational numbers, sums,
   * products and non-negative integer powers. Anything else is rejected, so an unevaluated Symja
   * result can never slip into a derivation.
   */
  public GenPolynomial<BigRational> fromSymja(IExpr expr) {
    if (expr instanceof IInteger) {
      return constant(new BigRational(((IInteger) expr).toBigNumerator()));
    }
    if (expr instanceof IFraction) {
      IFraction f = (IFraction) expr;
      return constant(rational(f.toBigNumerator(), f.toBigDenominator()));
    }
    if (expr.isSymbol()) {
      String name = expr.toString();
      if (!exponentIndex.containsKey(name)) {
        throw new IllegalArgumentException(
            "symbol " + name + " is not a variable of the ring " + names);
      }
      return variable(name);
    }
    if (expr.isPlus()) {
      GenPolynomial<BigRational> sum = zero();
      for (IExpr arg : (IAST) expr) {
        sum = sum.sum(fromSymja(arg));
      }
      return sum;
    }
    if (expr.isTimes()) {
      GenPolynomial<BigRational> product = ring.getONE();
      for (IExpr arg : (IAST) expr) {
        product = product.multiply(fromSymja(arg));
      }
      return product;
    }
    if (expr.isPower() && expr.exponent().isInteger() && !expr.exponent().isNegative()) {
      int exponent = ((IInteger) expr.exponent()).toIntDefault();
      return fromSymja(expr.base()).power(exponent);
    }
    throw new IllegalArgumentException("not a polynomial over Q in " + names + ": " + expr);
  }

  /**
   * Prints {@code p} in Symja input syntax. Terms come in descending total degree, then
   * descending exponents in the ring's variable order, so the text is the same on every run.
   */
  public String toInput(GenPolynomial<BigRational> p) {
    if (p.isZERO()) {
      return "0";
    }
    StringBuilder out = new StringBuilder();
    for (Monomial<BigRational> m : sortedTerms(p)) {
      BigRational c = m.c;
      boolean negative = c.signum() < 0;
      String monomial = monomialInput(m.e);
      if (out.length() == 0) {
        out.append(negative ? "-" : "");
      } else {
        out.append(negative ? " - " : " + ");
      }
      BigRational magnitude = c.abs();
      if (monomial.isEmpty()) {
        out.append(rationalInput(magnitude));
      } else if (magnitude.isONE()) {
        out.append(monomial);
      } else {
        out.append(rationalInput(magnitude)).append('*').append(monomial);
      }
    }
    return out.toString();
  }

  /** Returns the terms of {@code p} in printing order (see {@link #toInput}). */
  public List<Monomial<BigRational>> sortedTerms(GenPolynomial<BigRational> p) {
    List<Monomial<BigRational>> terms = new ArrayList<>();
    for (Monomial<BigRational> m : p) {
      terms.add(m);
    }
    terms.sort((a, b) -> compareExponents(b.e, a.e));
    return Collections.unmodifiableList(terms);
  }

  private int compareExponents(ExpVector a, ExpVector b) {
    int byDegree = Long.compare(a.totalDeg(), b.totalDeg());
    if (byDegree != 0) {
      return byDegree;
    }
    for (String name : names) {
      int c = Long.compare(exponent(a, name), exponent(b, name));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private String monomialInput(ExpVector e) {
    List<String> factors = new ArrayList<>();
    for (String name : names) {
      long k = exponent(e, name);
      if (k == 1) {
        factors.add(name);
      } else if (k > 1) {
        factors.add(name + "^" + k);
      }
    }
    return String.join("*", factors);
  }

  static BigRational rational(BigInteger numerator, BigInteger denominator) {
    return new BigRational(numerator).divide(new BigRational(denominator));
  }

  /**
   * Converts a polynomial of another ring by variable name; every variable that occurs in
   * {@code p} must also be a variable of this ring.
   */
  public GenPolynomial<BigRational> convert(PolynomialRing source, GenPolynomial<BigRational> p) {
    GenPolynomial<BigRational> result = zero();
    for (Monomial<BigRational> m : p) {
      long[] exponents = new long[names.size()];
      for (String name : source.names) {
        long k = source.exponent(m.e, name);
        if (k != 0) {
          requireVariable(name);
          exponents[exponentIndex.get(name)] = k;
        }
      }
      result = result.sum(m.c, ExpVector.create(exponents));
    }
    return result;
  }

  /** Prints a non-negative rational as {@code p} or {@code p/q}. */
  static String rationalInput(BigRational r) {
    BigInteger numerator = r.numerator();
    BigInteger denominator = r.denominator();
    return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
  }

  private void requireVariable(String name) {
    if (!exponentIndex.containsKey(name)) {
      throw new IllegalArgumentException(
          "unknown variable " + name + "; the ring's variables are " + names);
    }
  }

  @Override
  public String toString() {
    return "Q" + Arrays.toString(names.toArray());
  }
}
