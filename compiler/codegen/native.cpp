// The JIT path end to end, timed phase by phase, and the convenience call
// that converts a cases::Case to the C record and the C results back.
#include "codegen/native.h"

#include <llvm/Support/raw_ostream.h>

#include <chrono>

#include "codegen/jit.h"
#include "codegen/object_file.h"
#include "codegen/parallel_codegen.h"
#include "ir/describe.h"
#include "native/record.h"

namespace frist::codegen {

struct NativeRulebook::State {
  std::unique_ptr<Jit> jit;
};

NativeRulebook::~NativeRulebook() = default;

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

llvm::Expected<std::unique_ptr<NativeRulebook>> NativeRulebook::create(
    const ir::Module& rules, const NativeOptions& options) {
  std::unique_ptr<NativeRulebook> out(new NativeRulebook);
  out->state_ = std::make_unique<State>();
  auto jit = Jit::Create(options.debug);
  if (!jit) return jit.takeError();
  out->state_->jit = std::move(*jit);
  Jit& j = *out->state_->jit;

  auto context = std::make_unique<llvm::LLVMContext>();
  Clock::time_point t0 = Clock::now();
  Options generate_options;
  generate_options.debug_info = options.debug;
  auto module = generate(rules, *context, generate_options);
  if (!module) return module.takeError();
  out->timings_.lower = since(t0);

  llvm::Module& m = **module;
  const OptLevel level = options.debug ? OptLevel::O0 : options.level;
  m.setDataLayout(j.data_layout());
  m.setTargetTriple(j.target_machine().getTargetTriple().str());
  ObjectCache cache = options.use_cache ? ObjectCache::standard() : ObjectCache("");
  std::string key = options.use_cache && !options.keep_ir
                        ? cache.key(m, j.target_machine(), static_cast<int>(level), options.debug)
                        : std::string();
  std::unique_ptr<llvm::MemoryBuffer> cached = key.empty() ? nullptr : cache.load(key);
  std::vector<std::unique_ptr<llvm::MemoryBuffer>> objects;
  if (cached) objects = unpack_objects(*cached);
  out->timings_.cached = !objects.empty();
  if (objects.empty()) {
    t0 = Clock::now();
    optimize(m, j.target_machine(), level);
    out->timings_.optimise = since(t0);
    if (options.keep_ir) {
      llvm::raw_string_ostream text(out->ir_text_);
      m.print(text, nullptr);
    }
    t0 = Clock::now();
    // Debug info and the debugger want one object per rulebook.
    unsigned parts = options.debug                 ? 1
                     : options.codegen_threads > 0 ? options.codegen_threads
                                                   : codegen_parts(m);
    auto emitted = emit_objects(
        m, [&j] { return j.new_target_machine(); }, parts);
    if (!emitted) return emitted.takeError();
    objects = std::move(*emitted);
    if (!key.empty()) cache.store(key, *pack_objects(objects));
    out->timings_.jit_link = since(t0);
  }
  t0 = Clock::now();
  for (auto& object : objects) {
    if (llvm::Error e = j.addObject(std::move(object))) return e;
  }
  auto evaluate = j.lookup("frist_evaluate");
  if (!evaluate) return evaluate.takeError();
  out->evaluate_ = evaluate->toPtr<frist_evaluate_fn>();
  out->timings_.jit_link += since(t0);
  out->max_obligations_ = codegen::max_obligations(rules);
  out->trial_count_ = rules.trials.size();
  out->catalog_ = ir::case_catalog(rules);
  return out;
}

eval::Result NativeRulebook::evaluate(const cases::Case& c, int32_t as_of,
                                      const std::vector<uint32_t>& trials_on) const {
  // Reused per thread, so converting a case allocates only when it outgrows
  // the last one (and a fresh 64-obligation buffer is not zeroed per call).
  thread_local native::CaseRecord record;
  thread_local std::vector<uint8_t> switches;
  thread_local std::vector<frist_obligation> buffer;
  record.assign(c, catalog_);
  switches.assign(trial_count_, 0);
  for (uint32_t t : trials_on) {
    if (t < trial_count_) switches[t] = 1;
  }
  if (buffer.empty()) buffer.resize(std::min<uint32_t>(max_obligations_, 64));
  frist_result result{buffer.data(), static_cast<uint32_t>(buffer.size()), 0};
  int32_t rc = evaluate_(record.get(), as_of, switches.data(), &result);
  if (rc == FRIST_OVERFLOW) {
    buffer.resize(result.count);
    result = {buffer.data(), static_cast<uint32_t>(buffer.size()), 0};
    rc = evaluate_(record.get(), as_of, switches.data(), &result);
  }
  if (rc != FRIST_OK) return {};
  return native::to_result(buffer.data(), result.count);
}

}  // namespace frist::codegen
