// A stable, deterministic text form of the checked program, for
// `frist check --dump=program` and golden tests: every declaration with its
// index, every reference as `#index name`, every expression as an
// s-expression ending in its type (`?` marks a value that may be unknown).
#pragma once

#include <string>

#include "sema/program.h"

namespace frist::sema {

std::string dump(const Program& program);

// One expression; `schema` names its facts, `event` the fields of a `where`.
std::string dump_expr(const Program& program, const Expr& expr, Index schema = kNone,
                      Index event = kNone);

}  // namespace frist::sema
