#include "engine/match/example_runner.hpp"

#include "engine/input/read.hpp"
#include "engine/match/evaluate.hpp"

namespace fz {

std::string example_text(const Example& example) {
  // Headings as real reports word them, so the structure stage assigns the role itself.
  switch (example.role) {
    case Role::achievements: return "一、主要工作情况\n" + example.text + "\n";
    case Role::duty:
      return "一、党政主要负责人履行推进法治建设第一责任人职责情况\n" + example.text + "\n";
    case Role::shortcomings: return "一、存在的不足和原因\n" + example.text + "\n";
    case Role::plans: return "一、下一步工作安排\n" + example.text + "\n";
    case Role::other: return example.text + "\n";
  }
  return example.text + "\n";
}

ItemState evaluate_example(const Plan& plan, const Item& item, const Example& example,
                           const Simplifier& simplifier) {
  Document doc = document_from_text("example", example_text(example), simplifier);
  Analysis a = analyse(plan, doc);
  return evaluate_item(plan, doc, a, item, UnitLevel::unknown).state;
}

}  // namespace fz
