// What the runtime needs to know about a compiled rulebook, derived from the
// IR: the case catalog that case input is validated against, and the names
// behind the indices in evaluation results.
#pragma once

#include "cases/case.h"
#include "eval/result.h"
#include "ir/ir.h"

namespace frist::ir {

cases::CaseCatalog case_catalog(const Module& module);
eval::RulebookInfo rulebook_info(const Module& module);

}  // namespace frist::ir
