// Runs a function on a thread with a large stack. The parser and checker
// recurse over the rule text, and rule text is untrusted input: a generous
// stack (reserved, not committed) plus the parser's own nesting limits keep
// a pathological file from ever crashing the process.
#pragma once

#include <functional>

namespace frist::driver {

// Calls `work` on a thread with `stack_bytes` of stack and waits for it.
// Falls back to calling it directly if no such thread can be created.
void run_with_big_stack(const std::function<void()>& work, size_t stack_bytes = size_t{1} << 30);

}  // namespace frist::driver
