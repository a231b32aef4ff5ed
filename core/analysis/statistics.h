// The textbook statistics behind word lists, keyness and collocations, as plain functions of
// counts so each can be checked against a hand-worked case. Every formula names its source.
//
// Keyness uses Rayson & Garside's notation: a and b are a term's frequency in the target and
// the reference, c and d the sizes (tokens) of target and reference.
//
//   double g2 = log_likelihood(a, b, c, d);
//   double p = chi_square_p(g2);              // 1 degree of freedom
#pragma once

#include <span>

namespace lectern {

// Dunning's log-likelihood G2 in the two-cell form of Rayson & Garside (2000), "Comparing
// corpora using frequency profiling": E1 = c (a + b) / (c + d), E2 = d (a + b) / (c + d),
// G2 = 2 (a ln(a / E1) + b ln(b / E2)), with 0 ln 0 = 0. Always >= 0; see keyness_sign().
double log_likelihood(double a, double b, double c, double d);

// +1 when the term is relatively more frequent in the target (a / c > b / d), -1 when less,
// 0 when equally frequent: the direction G2 does not show.
int keyness_sign(double a, double b, double c, double d);

// Hardie's (2014) log ratio, "Log Ratio: an informal introduction" (CASS): the binary log of
// the ratio of relative frequencies, log2((a / c) / (b / d)). A zero frequency (a or b) is
// replaced by 0.5 (Hardie's suggested adjustment) so the ratio stays finite; other values are
// left as they are. Each unit is a doubling of the relative frequency.
double log_ratio(double a, double b, double c, double d);

// The upper-tail probability of a chi-square statistic with one degree of freedom:
// P(X > x) = erfc(sqrt(x / 2)), since X is the square of a standard normal variable.
double chi_square_p(double statistic);

// Gries' DP, "deviation of proportions" (Gries 2008, "Dispersions and adjusted frequencies in
// corpora"): DP = 0.5 * sum_i |v_i - s_i| over the corpus parts, s_i the part's share of the
// corpus size and v_i its share of the term's frequency. 0 = spread exactly as the parts'
// sizes, near 1 = all in one small part. DPnorm = DP / (1 - min_i s_i) scales it to [0, 1]
// (Lijffijt & Gries 2012, correction to Gries 2008).
struct Dispersion {
  double dp = 0;
  double dp_norm = 0;
};
// part_sizes and part_frequencies are parallel, one entry per part; parts of size 0 are
// ignored. The reference implementation that the word list's sparse version is tested against.
Dispersion gries_dp(std::span<const double> part_sizes, std::span<const double> part_frequencies);

// Rychly's (2008) logDice, "A lexicographer-friendly association score":
// 14 + log2(2 f_xy / (f_x + f_y)). At most 14; independent of the corpus size.
double log_dice(double f_xy, double f_x, double f_y);

// A 2x2 contingency table of observed frequencies (Evert 2008, "Corpora and collocations"):
// o11 = x with y, o12 = x without y, o21 = y without x, o22 = neither. Expected frequencies are
// row total * column total / n.
struct Contingency {
  double o11 = 0, o12 = 0, o21 = 0, o22 = 0;

  double n() const { return o11 + o12 + o21 + o22; }
  double e11() const { return (o11 + o12) * (o11 + o21) / n(); }
};

// Church & Hanks' (1990) pointwise mutual information, log2(O11 / E11), which with
// E11 = f_x f_y / N is their log2(f_xy N / (f_x f_y)).
double mutual_information(const Contingency& table);

// The t-score of Church et al. (1991), "Using statistics in lexical analysis":
// (O11 - E11) / sqrt(O11), i.e. (f_xy - f_x f_y / N) / sqrt(f_xy).
double t_score(const Contingency& table);

// Dunning's (1993) log-likelihood ratio over all four cells, "Accurate methods for the
// statistics of surprise and coincidence": G2 = 2 sum_ij O_ij ln(O_ij / E_ij), 0 ln 0 = 0.
// Signed as in Evert (2008): negative when O11 < E11, so repulsion sorts below attraction.
double log_likelihood(const Contingency& table);

}  // namespace lectern
