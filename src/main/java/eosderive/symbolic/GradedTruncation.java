package eosderive.symbolic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.Monomial;

/**
 * Polynomials of a {@link PolynomialRing} modulo every monomial whose weighted degree exceeds a
 * bound: the arithmetic of multivariate power series truncated at a fixed order.
 *
 * <p>Each variable has a non-negative integer weight (variables without one weigh 0, so they act
 * as exact parameters), and a monomial x_1^a_1 ... x_n^a_n has weighted degree
 * sum of a_i * weight(x_i). With weights z = 1, y = 1 and bound N this is "total order N in
 * (z, y), exact in eps"; with z = 1, eps = 2 it is the scaling z ~ sqrt(eps). Products are
 * formed from the homogeneous parts, so pairs of terms whose degrees add up past the bound are
 * never multiplied.
 */
public final class GradedTruncation {

  private final PolynomialRing ring;
  private final Map<String, Integer> weights;
  private final int maxWeight;
  private final Map<String, Integer> caps;

  /** Creates the truncation at weighted degree {@code maxWeight} with the given weights. */
  public GradedTruncation(PolynomialRing ring, Map<String, Integer> weights, int maxWeight) {
    this(ring, weights, maxWeight, Map.of());
  }

  private GradedTruncation(PolynomialRing ring, Map<String, Integer> weights, int maxWeight,
      Map<String, Integer> caps) {
    for (Map.Entry<String, Integer> entry : weights.entrySet()) {
      ring.variable(entry.getKey());
      if (entry.getValue() < 0) {
        throw new IllegalArgumentException(
            "weight of " + entry.getKey() + " must be non-negative, got " + entry.getValue());
      }
    }
    this.ring = ring;
    this.weights = new LinkedHashMap<>(weights);
    this.maxWeight = maxWeight;
    this.caps = new LinkedHashMap<>(caps);
  }

  public PolynomialRing ring() {
    return ring;
  }

  public int maxWeight() {
    return maxWeight;
  }

  /** Returns the same weights and caps with another bound. */
  public GradedTruncation withMaxWeight(int bound) {
    return new GradedTruncation(ring, weights, bound, caps);
  }

  /**
   * Returns a truncation that also drops every term in which {@code name} has a degree above
   * {@code maxDegree}, for example to work modulo eps^(k+1).
   */
  public GradedTruncation withDegreeCap(String name, int maxDegree) {
    ring.variable(name);
    Map<String, Integer> more = new LinkedHashMap<>(caps);
    more.put(name, maxDegree);
    return new GradedTruncation(ring, weights, maxWeight, more);
  }

  private boolean withinCaps(ExpVector e) {
    for (Map.Entry<String, Integer> cap : caps.entrySet()) {
      if (ring.exponent(e, cap.getKey()) > cap.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** Weighted degree of one monomial. */
  public long weight(ExpVector e) {
    long total = 0;
    for (Map.Entry<String, Integer> entry : weights.entrySet()) {
      total += ring.exponent(e, entry.getKey()) * entry.getValue();
    }
    return total;
  }

  /** Lowest weighted degree among the terms of a non-zero {@code p}. */
  public long order(GenPolynomial<BigRational> p) {
    if (p.isZERO()) {
      throw new ArithmeticException("the zero polynomial has no lowest order");
    }
    long lowest = Long.MAX_VALUE;
    for (Monomial<BigRational> m : p) {
      lowest = Math.min(lowest, weight(m.e));
    }
    return lowest;
  }

  /** Drops every term of weighted degree above the bound. */
  public GenPolynomial<BigRational> truncate(GenPolynomial<BigRational> p) {
    return part(p, 0, maxWeight);
  }

  /** Returns the terms of {@code p} whose weighted degree lies in [low, high]. */
  public GenPolynomial<BigRational> part(GenPolynomial<BigRational> p, long low, long high) {
    GenPolynomial<BigRational> result = fresh();
    for (Monomial<BigRational> m : p) {
      long w = weight(m.e);
      if (w >= low && w <= high && withinCaps(m.e)) {
        result.doPutToMap(m.e, m.c);
      }
    }
    return result;
  }

  /** The truncated product. */
  public GenPolynomial<BigRational> multiply(
      GenPolynomial<BigRational> a, GenPolynomial<BigRational> b) {
    List<GenPolynomial<BigRational>> left = homogeneousParts(a);
    List<GenPolynomial<BigRational>> right = homogeneousParts(b);
    GenPolynomial<BigRational> result = fresh();
    for (int i = 0; i < left.size(); i++) {
      if (left.get(i).isZERO()) {
        continue;
      }
      for (int j = 0; i + j < right.size(); j++) {
        if (!right.get(j).isZERO()) {
          result.doAddTo(left.get(i).multiply(right.get(j)));
        }
      }
    }
    return caps.isEmpty() ? result : truncate(result);
  }

  /** Computes the truncated power p^n, n >= 0. */
  public GenPolynomial<BigRational> power(GenPolynomial<BigRational> p, int n) {
    GenPolynomial<BigRational> result = truncate(ring.jas().getONE());
    for (int i = 0; i < n; i++) {
      result = multiply(result, p);
    }
    return result;
  }

  /**
   * Computes the truncated inverse of a series whose constant term is a non-zero rational:
   * 1/p = (1/c) * sum over n of u^n with u = 1 - p/c, which converges in the truncation because
   * every term of u has positive weight.
   */
  public GenPolynomial<BigRational> inverse(GenPolynomial<BigRational> p) {
    GenPolynomial<BigRational> constant = part(p, 0, 0);
    if (!constant.isConstant() || constant.isZERO()) {
      throw new ArithmeticException(
          "series inverse needs a non-zero rational constant term, got " + ring.toInput(constant));
    }
    BigRational c = constant.leadingBaseCoefficient();
    GenPolynomial<BigRational> u = ring.jas().getONE().subtract(truncate(p).divide(c));
    GenPolynomial<BigRational> sum = ring.jas().getONE();
    GenPolynomial<BigRational> term = ring.jas().getONE();
    for (int n = 1; n <= maxWeight; n++) {
      term = multiply(term, u);
      if (term.isZERO()) {
        break;
      }
      sum = sum.sum(term);
    }
    return truncate(sum.divide(c));
  }

  /**
   * Substitutes truncated polynomials for variables, truncating every intermediate product. The
   * terms of {@code p} are grouped by their powers of the substituted variables, so each
   * product of powers is multiplied once by the sum of the remaining terms. Dropping terms early
   * is exact because weights are non-negative, so no later factor can lower a weight again.
   */
  public GenPolynomial<BigRational> substitute(
      GenPolynomial<BigRational> p, Map<String, GenPolynomial<BigRational>> values) {
    List<String> names = new ArrayList<>(values.keySet());
    Map<List<Integer>, GenPolynomial<BigRational>> groups = new LinkedHashMap<>();
    for (Monomial<BigRational> m : p) {
      List<Integer> key = new ArrayList<>();
      ExpVector rest = m.e;
      for (String name : names) {
        int e = (int) ring.exponent(m.e, name);
        key.add(e);
        rest = rest.subtract(ring.variable(name).leadingExpVector().scalarMultiply(e));
      }
      groups.computeIfAbsent(key, k -> fresh()).doPutToMap(rest, m.c);
    }
    Map<String, List<GenPolynomial<BigRational>>> powers = new LinkedHashMap<>();
    for (String name : names) {
      List<GenPolynomial<BigRational>> cache = new ArrayList<>();
      cache.add(truncate(ring.jas().getONE()));
      powers.put(name, cache);
    }
    GenPolynomial<BigRational> result = fresh();
    for (Map.Entry<List<Integer>, GenPolynomial<BigRational>> group : groups.entrySet()) {
      GenPolynomial<BigRational> term = truncate(group.getValue());
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        term = multiply(term, power(powers.get(name), values.get(name), group.getKey().get(i)));
      }
      result.doAddTo(term);
    }
    return result;
  }

  /** Returns sum over k of c_k * x^k, by Horner's rule with truncated products. */
  public GenPolynomial<BigRational> compose(
      List<GenPolynomial<BigRational>> coefficients, GenPolynomial<BigRational> x) {
    GenPolynomial<BigRational> result = ring.zero();
    for (int k = coefficients.size() - 1; k >= 0; k--) {
      result = multiply(result, x).sum(truncate(coefficients.get(k)));
    }
    return result;
  }

  private GenPolynomial<BigRational> power(
      List<GenPolynomial<BigRational>> cache, GenPolynomial<BigRational> base, int exponent) {
    while (cache.size() <= exponent) {
      cache.add(multiply(cache.get(cache.size() - 1), base));
    }
    return cache.get(exponent);
  }

  private List<GenPolynomial<BigRational>> homogeneousParts(GenPolynomial<BigRational> p) {
    List<GenPolynomial<BigRational>> parts = new ArrayList<>();
    for (int w = 0; w <= maxWeight; w++) {
      parts.add(fresh());
    }
    for (Monomial<BigRational> m : p) {
      long w = weight(m.e);
      if (w <= maxWeight && withinCaps(m.e)) {
        parts.get((int) w).doPutToMap(m.e, m.c);
      }
    }
    return parts;
  }

  /** A new, unshared zero polynomial that may be filled in place. */
  private GenPolynomial<BigRational> fresh() {
    return new GenPolynomial<>(ring.jas());
  }
}
