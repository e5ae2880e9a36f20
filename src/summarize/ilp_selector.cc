// The "ilp" selector: the concept-coverage integer program (Gillick & Favre's
// formulation) over the concepts of summarize/concepts.h, solved exactly by
// GLPK's branch and cut.
//
//   maximise   sum_c weight_c * x_c
//   subject to sum_s words_s * y_s <= budget
//              x_c <= sum of y_s over the sentences s that hold c
//              y_a + y_b <= 1 for every pair of sentences saying the same thing
//              y_s binary, 0 <= x_c <= 1
//
// Only the best-scoring candidates enter the program (kMaxSentences by the
// greedy's own ratio), and concepts held by the same sentences share one
// column, which keeps a solve to about 12 ms a story (bench/run.sh).
// GLPK keeps its environment in thread-local storage (Debian builds it so),
// so stories may be solved on several threads at once.
// The greedy answer is handed to the solver as its first incumbent, and the
// solve has a time bound: when the bound is hit the best solution found so
// far is used, which is never worse than the greedy one; should the solver
// fail outright, the greedy answer is returned.
#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "summarize/concepts.h"
#include "summarize/selector.h"

namespace storyline {

namespace {

constexpr size_t kMaxSentences = 50;
// Time bound of each of the two solver stages, in milliseconds.
constexpr int kTimeLimitMs = 200;
// Gain per word^kLengthExponent ranks the candidates that enter the program.
constexpr double kLengthExponent = 0.8;

struct HeuristicStart {
  std::vector<double> x;  // 1-based column values of the greedy answer
  bool given = false;
};

void OnSolverEvent(glp_tree* tree, void* info) {
  auto* start = static_cast<HeuristicStart*>(info);
  if (glp_ios_reason(tree) == GLP_IHEUR && !start->given) {
    start->given = true;
    glp_ios_heur_sol(tree, start->x.data());
  }
}

class IlpSelector final : public Selector {
 public:
  explicit IlpSelector(const SummaryOptions& options)
      : parts_(options.parts), fade_sentences_(options.fade_sentences), background_(options.background) {}

  std::vector<int> Select(const StoryDocument& doc, const std::vector<int>& candidates, int budget) const override {
    const ConceptModel m = BuildConceptModel(doc, parts_.unigrams, background_.get());
    const double decay = PositionDecay(m, parts_, fade_sentences_);
    std::vector<int> greedy = GreedyConceptSelect(doc, m, candidates, budget, parts_, decay);

    // The program's sentences: the best candidates by the greedy's ratio, and
    // every sentence of the greedy answer.
    const double lead_bonus = parts_.position ? kLeadBonus : 0.0;
    std::vector<std::pair<double, int>> ranked;
    for (int u : candidates) {
      const SentenceUnit& unit = doc.units[u];
      if (unit.words > budget || unit.words <= 0) continue;
      double gain = 0;
      for (int c : m.unit_concepts[u]) gain += m.weight[c];
      if (gain <= 0) continue;
      ranked.emplace_back(gain / std::pow(unit.words, kLengthExponent) * LeadPrior(unit, lead_bonus, decay), u);
    }
    std::sort(ranked.begin(), ranked.end(), std::greater<>());
    if (ranked.size() > kMaxSentences) ranked.resize(kMaxSentences);
    std::vector<int> sentences;
    for (const auto& r : ranked) sentences.push_back(r.second);
    for (int u : greedy) {
      if (std::find(sentences.begin(), sentences.end(), u) == sentences.end()) sentences.push_back(u);
    }
    if (sentences.empty()) return greedy;
    std::sort(sentences.begin(), sentences.end());

    // Concepts held by the same set of the program's sentences are covered
    // together, so they share one column with their summed weight; a concept
    // only one sentence holds needs no column at all, its weight going to
    // that sentence. This shrinks the program several-fold.
    const int ns = static_cast<int>(sentences.size());
    std::unordered_map<int, std::vector<int>> holders;  // concept -> sentence indices
    for (int i = 0; i < ns; ++i) {
      for (int c : m.unit_concepts[sentences[i]]) holders[c].push_back(i);
    }
    std::vector<double> own(ns, 0.0);  // weight of concepts only sentence i holds
    std::map<std::vector<int>, double> groups;
    for (const auto& [c, held_by] : holders) {
      if (held_by.size() == 1) {
        own[held_by[0]] += m.weight[c];
      } else {
        groups[held_by] += m.weight[c];
      }
    }
    const int nc = static_cast<int>(groups.size());
    // Columns 1..ns are sentences, ns+1..ns+nc concept groups.
    glp_prob* lp = glp_create_prob();
    glp_set_obj_dir(lp, GLP_MAX);
    glp_add_cols(lp, ns + nc);
    for (int i = 0; i < ns; ++i) {
      glp_set_col_kind(lp, i + 1, GLP_BV);
      glp_set_obj_coef(lp, i + 1, own[i]);
    }
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0};
    auto add = [&](int row, int col, double v) {
      ia.push_back(row);
      ja.push_back(col);
      ar.push_back(v);
    };
    // Row 1: the budget.
    int row = glp_add_rows(lp, 1);
    glp_set_row_bnds(lp, row, GLP_UP, 0.0, budget);
    for (int i = 0; i < ns; ++i) add(row, i + 1, doc.units[sentences[i]].words);
    // A concept group counts only when a chosen sentence holds it.
    int col = ns;
    for (const auto& [held_by, weight] : groups) {
      ++col;
      glp_set_col_bnds(lp, col, GLP_DB, 0.0, 1.0);
      glp_set_obj_coef(lp, col, weight);
      row = glp_add_rows(lp, 1);
      glp_set_row_bnds(lp, row, GLP_UP, 0.0, 0.0);
      add(row, col, 1.0);
      for (int i : held_by) add(row, i + 1, -1.0);
    }
    // No two sentences saying the same thing.
    for (int a = 0; a < ns && parts_.redundancy; ++a) {
      for (int b = a + 1; b < ns; ++b) {
        if (!SameContent(m.content[sentences[a]], m.content[sentences[b]], kMaxContentOverlap)) continue;
        row = glp_add_rows(lp, 1);
        glp_set_row_bnds(lp, row, GLP_UP, 0.0, 1.0);
        add(row, a + 1, 1.0);
        add(row, b + 1, 1.0);
      }
    }
    glp_load_matrix(lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());

    HeuristicStart start;
    start.x.assign(ns + nc + 1, 0.0);
    for (int u : greedy) {
      const int i = static_cast<int>(std::lower_bound(sentences.begin(), sentences.end(), u) - sentences.begin());
      start.x[i + 1] = 1.0;
    }
    col = ns;
    for (const auto& [held_by, weight] : groups) {
      ++col;
      for (int i : held_by) start.x[col] = std::max(start.x[col], start.x[i + 1]);
    }

    glp_smcp simplex;
    glp_init_smcp(&simplex);
    simplex.msg_lev = GLP_MSG_OFF;
    simplex.tm_lim = kTimeLimitMs;
    glp_iocp mip;
    glp_init_iocp(&mip);
    mip.msg_lev = GLP_MSG_OFF;
    mip.tm_lim = kTimeLimitMs;
    mip.cb_func = OnSolverEvent;
    mip.cb_info = &start;
    mip.mir_cuts = GLP_ON;  // mixed-integer rounding cuts: several times faster here
    std::vector<int> chosen;
    if (glp_simplex(lp, &simplex) == 0 && glp_get_status(lp) == GLP_OPT) {
      const int ret = glp_intopt(lp, &mip);
      const int status = glp_mip_status(lp);
      if ((ret == 0 || ret == GLP_ETMLIM) && (status == GLP_OPT || status == GLP_FEAS)) {
        for (int i = 0; i < ns; ++i) {
          if (glp_mip_col_val(lp, i + 1) > 0.5) chosen.push_back(sentences[i]);
        }
      }
    }
    glp_delete_prob(lp);
    if (chosen.empty()) return greedy;
    return chosen;
  }

 private:
  SummaryParts parts_;
  double fade_sentences_;
  std::shared_ptr<const BackgroundStats> background_;
};

}  // namespace

std::unique_ptr<Selector> MakeIlpSelector(const SummaryOptions& options) { return std::make_unique<IlpSelector>(options); }

}  // namespace storyline
