#include "analysis/statistics.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace lectern {
namespace {

// o ln(o / e) with the limit 0 ln 0 = 0 that every log-likelihood formula relies on.
double o_ln_o_over_e(double observed, double expected) {
  return observed > 0 ? observed * std::log(observed / expected) : 0.0;
}

}  // namespace

double log_likelihood(double a, double b, double c, double d) {
  if (c + d <= 0 || a + b <= 0) return 0.0;
  const double e1 = c * (a + b) / (c + d);
  const double e2 = d * (a + b) / (c + d);
  return 2.0 * (o_ln_o_over_e(a, e1) + o_ln_o_over_e(b, e2));
}

int keyness_sign(double a, double b, double c, double d) {
  // a / c compared with b / d, cross-multiplied so an empty side needs no division.
  const double target = a * d;
  const double reference = b * c;
  return target > reference ? 1 : target < reference ? -1 : 0;
}

double log_ratio(double a, double b, double c, double d) {
  const double target = a > 0 ? a : 0.5;
  const double reference = b > 0 ? b : 0.5;
  return std::log2((target / c) / (reference / d));
}

double chi_square_p(double statistic) {
  if (statistic <= 0) return 1.0;
  return std::erfc(std::sqrt(statistic / 2.0));
}

Dispersion gries_dp(std::span<const double> part_sizes, std::span<const double> part_frequencies) {
  double total_size = 0;
  double total_frequency = 0;
  for (std::size_t i = 0; i < part_sizes.size(); ++i) {
    if (part_sizes[i] <= 0) continue;
    total_size += part_sizes[i];
    total_frequency += part_frequencies[i];
  }
  if (total_size <= 0 || total_frequency <= 0) return {};
  double sum = 0;
  double min_share = 1.0;
  for (std::size_t i = 0; i < part_sizes.size(); ++i) {
    if (part_sizes[i] <= 0) continue;
    const double s = part_sizes[i] / total_size;
    const double v = part_frequencies[i] / total_frequency;
    sum += std::abs(v - s);
    min_share = std::min(min_share, s);
  }
  Dispersion out;
  out.dp = 0.5 * sum;
  // One part only: min s = 1 and the term cannot be unevenly spread.
  out.dp_norm = min_share < 1.0 ? out.dp / (1.0 - min_share) : 0.0;
  return out;
}

double log_dice(double f_xy, double f_x, double f_y) {
  if (f_xy <= 0) return -std::numeric_limits<double>::infinity();
  return 14.0 + std::log2(2.0 * f_xy / (f_x + f_y));
}

double mutual_information(const Contingency& table) {
  if (table.o11 <= 0) return -std::numeric_limits<double>::infinity();
  return std::log2(table.o11 / table.e11());
}

double t_score(const Contingency& table) {
  if (table.o11 <= 0) return 0.0;
  return (table.o11 - table.e11()) / std::sqrt(table.o11);
}

double log_likelihood(const Contingency& table) {
  const double n = table.n();
  if (n <= 0) return 0.0;
  const double r1 = table.o11 + table.o12;
  const double r2 = table.o21 + table.o22;
  const double c1 = table.o11 + table.o21;
  const double c2 = table.o12 + table.o22;
  const double g2 =
      2.0 * (o_ln_o_over_e(table.o11, r1 * c1 / n) + o_ln_o_over_e(table.o12, r1 * c2 / n) +
             o_ln_o_over_e(table.o21, r2 * c1 / n) + o_ln_o_over_e(table.o22, r2 * c2 / n));
  return table.o11 < table.e11() ? -g2 : g2;
}

}  // namespace lectern
