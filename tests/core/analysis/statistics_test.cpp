#include "analysis/statistics.h"

#include <doctest/doctest.h>

#include <vector>

using namespace lectern;

// Each expected value below is worked out by hand in the comment above it.

TEST_CASE("log-likelihood G2, two-cell form (Rayson & Garside 2000)") {
  struct Row {
    double a, b, c, d, g2;
  };
  const Row rows[] = {
      // a = 30 in a 1,000-token target, b = 10 in a 3,000-token reference:
      // E1 = 1000 * 40 / 4000 = 10, E2 = 3000 * 40 / 4000 = 30,
      // G2 = 2 (30 ln(30/10) + 10 ln(10/30)) = 2 (30 ln 3 - 10 ln 3) = 40 ln 3 = 43.94449
      {30, 10, 1000, 3000, 43.94449},
      // a = 4, b = 0, c = d = 1000: E1 = E2 = 1000 * 4 / 2000 = 2,
      // G2 = 2 (4 ln(4/2) + 0 ln 0) = 8 ln 2 = 5.54518 (0 ln 0 = 0)
      {4, 0, 1000, 1000, 5.54518},
      // Equal relative frequencies: a = 5 of 500, b = 10 of 1000: E1 = 500 * 15 / 1500 = 5 = a,
      // E2 = 10 = b, G2 = 2 (5 ln 1 + 10 ln 1) = 0
      {5, 10, 500, 1000, 0},
      // Swapping target and reference keeps G2 (it has no direction): 10 ln(10/30) + 30 ln 3
      {10, 30, 3000, 1000, 43.94449},
  };
  for (const Row& row : rows) {
    CAPTURE(row.a);
    CAPTURE(row.b);
    CHECK(log_likelihood(row.a, row.b, row.c, row.d) == doctest::Approx(row.g2).epsilon(1e-6));
  }
}

TEST_CASE("keyness direction: overused +1, underused -1, equal 0") {
  CHECK(keyness_sign(30, 10, 1000, 3000) == 1);   // 30/1000 = 0.03 > 10/3000 = 0.0033
  CHECK(keyness_sign(10, 30, 1000, 1000) == -1);  // 0.01 < 0.03
  CHECK(keyness_sign(5, 10, 500, 1000) == 0);     // 0.01 = 0.01
  CHECK(keyness_sign(0, 3, 1000, 1000) == -1);
}

TEST_CASE("log ratio (Hardie 2014), 0.5 for a zero frequency") {
  // log2((30 / 1000) / (10 / 3000)) = log2(0.03 / 0.003333) = log2(9) = 3.169925
  CHECK(log_ratio(30, 10, 1000, 3000) == doctest::Approx(3.169925).epsilon(1e-6));
  // b = 0 becomes 0.5: log2((4 / 1000) / (0.5 / 1000)) = log2(8) = 3
  CHECK(log_ratio(4, 0, 1000, 1000) == doctest::Approx(3.0));
  // a = 0 becomes 0.5: log2((0.5 / 1000) / (2 / 1000)) = log2(0.25) = -2
  CHECK(log_ratio(0, 2, 1000, 1000) == doctest::Approx(-2.0));
  // Half as frequent: log2((5 / 1000) / (10 / 1000)) = -1
  CHECK(log_ratio(5, 10, 1000, 1000) == doctest::Approx(-1.0));
}

TEST_CASE("chi-square p with one degree of freedom") {
  struct Row {
    double statistic, p;
  };
  const Row rows[] = {
      {3.841459, 0.05},  // the familiar critical values of a chi-square table, 1 df
      {6.634897, 0.01},
      {10.827566, 0.001},
      // 8 ln 2 = 5.54518: erfc(sqrt(5.54518 / 2)) = erfc(1.66511) = 0.0185317
      {5.54518, 0.0185317},
      {0, 1.0},
  };
  for (const Row& row : rows) {
    CAPTURE(row.statistic);
    CHECK(chi_square_p(row.statistic) == doctest::Approx(row.p).epsilon(1e-5));
  }
}

TEST_CASE("Gries' DP and DPnorm") {
  // Five parts of 9, 10, 10, 10 and 11 tokens (50): s = 0.18, 0.2, 0.2, 0.2, 0.22.
  // A term occurring 1, 2, 3, 4, 5 times (15): v = 1/15, 2/15, 3/15, 4/15, 5/15.
  // v - s in 150ths: 10 - 27 = -17, 20 - 30 = -10, 0, 40 - 30 = 10, 50 - 33 = 17,
  // so sum |v - s| = 54/150 = 0.36, DP = 0.18, DPnorm = 0.18 / (1 - 0.18) = 0.219512.
  const std::vector<double> sizes{9, 10, 10, 10, 11};
  const Dispersion spread = gries_dp(sizes, std::vector<double>{1, 2, 3, 4, 5});
  CHECK(spread.dp == doctest::Approx(0.18));
  CHECK(spread.dp_norm == doctest::Approx(0.219512).epsilon(1e-5));

  // Proportional to the sizes: v = s everywhere, DP = 0.
  CHECK(gries_dp(sizes, std::vector<double>{9, 10, 10, 10, 11}).dp == doctest::Approx(0.0));

  // All in the smallest part: |1 - 0.18| + 0.2 + 0.2 + 0.2 + 0.22 = 1.64, DP = 0.82,
  // DPnorm = 0.82 / 0.82 = 1, the most uneven a spread can be.
  const Dispersion clumped = gries_dp(sizes, std::vector<double>{3, 0, 0, 0, 0});
  CHECK(clumped.dp == doctest::Approx(0.82));
  CHECK(clumped.dp_norm == doctest::Approx(1.0));

  // One part: nothing to deviate from.
  CHECK(gries_dp(std::vector<double>{20}, std::vector<double>{4}).dp_norm == 0.0);
}

TEST_CASE("logDice (Rychly 2008)") {
  // f_xy = 4, f_x = 10, f_y = 30: 14 + log2(2 * 4 / 40) = 14 + log2(0.2) = 14 - 2.32193 = 11.67807
  CHECK(log_dice(4, 10, 30) == doctest::Approx(11.67807).epsilon(1e-6));
  // Always together: f_xy = f_x = f_y = 7: 14 + log2(14 / 14) = 14, the maximum
  CHECK(log_dice(7, 7, 7) == doctest::Approx(14.0));
}

TEST_CASE("MI, t-score and log-likelihood from one contingency table") {
  // N = 1000 tokens, 40 of them in the node's windows (R1), the collocate occurs 25 times
  // (C1), 5 of them inside the windows:
  //   O11 = 5, O12 = 40 - 5 = 35, O21 = 25 - 5 = 20, O22 = 1000 - 40 - 20 = 940.
  // E11 = 40 * 25 / 1000 = 1, E12 = 40 * 975 / 1000 = 39, E21 = 960 * 25 / 1000 = 24,
  // E22 = 960 * 975 / 1000 = 936.
  const Contingency table{5, 35, 20, 940};
  CHECK(table.n() == 1000);
  CHECK(table.e11() == doctest::Approx(1.0));
  // MI = log2(O11 / E11) = log2(5) = 2.32193
  CHECK(mutual_information(table) == doctest::Approx(2.32193).epsilon(1e-6));
  // t = (5 - 1) / sqrt(5) = 4 / 2.236068 = 1.788854
  CHECK(t_score(table) == doctest::Approx(1.788854).epsilon(1e-6));
  // G2 = 2 (5 ln(5/1) + 35 ln(35/39) + 20 ln(20/24) + 940 ln(940/936))
  //    = 2 (8.04719 - 3.78748 - 3.64643 + 4.00853) = 2 * 4.62182 = 9.24364
  CHECK(log_likelihood(table) == doctest::Approx(9.24364).epsilon(1e-6));

  // Repulsion: O11 = 0 where E11 = 1 makes G2 negative.
  // O = (0, 40, 25, 935), E = (1, 39, 24, 936):
  // G2 = 2 (0 + 40 ln(40/39) + 25 ln(25/24) + 935 ln(935/936))
  //    = 2 (1.01271 + 1.02055 - 0.99947) = 2 * 1.03380 = 2.06759, signed -2.06759
  const Contingency avoided{0, 40, 25, 935};
  CHECK(log_likelihood(avoided) == doctest::Approx(-2.06759).epsilon(1e-5));
}
