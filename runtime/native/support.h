/* The contract between generated rulebook code and support.c, the
 * rulebook-independent half of native evaluation. support.c is compiled to
 * LLVM bitcode at build time and becomes the start of every generated module,
 * so these helpers are inlined by the optimiser: evaluation never calls back
 * into the C++ runtime. The code generator includes this header too, for the
 * sizes and field offsets of the structs it allocates on the stack.
 *
 * Not part of the public ABI (that is runtime/include/frist/frist.h): these
 * structs live only inside one evaluation. Each helper mirrors a named piece
 * of the reference interpreter (compiler/interp) and says which. */
#ifndef FRIST_NATIVE_SUPPORT_H
#define FRIST_NATIVE_SUPPORT_H

#include <stdint.h>

#include "frist/frist.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Dates outside years 1..9999 are unknown (interp/expr_eval.cpp). */
#define FRIST_RT_FIRST_DAY (-719162)
#define FRIST_RT_LAST_DAY 2932896

/* A closed-day calendar: one bit per day in [first, last] (weekends and the
 * rulebook's named closures, 1900..2200); outside, only weekends close. */
typedef struct frist_rt_calendar {
  const uint64_t* closed;
  int32_t first;
  int32_t last;
} frist_rt_calendar;

/* A parameter's value over [from, until). */
typedef struct frist_rt_param_entry {
  int32_t from;
  int32_t until;
  int64_t value;
} frist_rt_param_entry;

/* One trial's scope entry: municipality member and its period. */
typedef struct frist_rt_scope {
  int64_t member;
  int32_t from;
  int32_t until;
} frist_rt_scope;

typedef struct frist_rt_missing {
  uint64_t facts[FRIST_FACT_WORDS];
  uint64_t events[FRIST_EVENT_WORDS];
} frist_rt_missing;

/* The first obligation per requirement (CaseEval::primary_), as far as
 * dependency windows read it. */
typedef struct frist_rt_primary {
  uint32_t set;
  uint32_t status;
  int32_t latest;
  int32_t fulfilled_on;
  frist_rt_missing missing;
} frist_rt_primary;

/* Per trial: the cached Membership and trial_used_. covers: 0 false, 1 true,
 * 2 unknown. */
typedef struct frist_rt_trial {
  uint32_t computed;
  uint32_t covers;
  uint32_t used;
  uint32_t reserved;
  frist_rt_missing missing;
} frist_rt_trial;

typedef struct frist_rt_ctx {
  const frist_value* facts;
  const frist_event* events;
  uint32_t event_count;
  int32_t as_of;
  const uint8_t* trials_on;
  frist_result* result;
  frist_rt_primary* primary; /* one per requirement */
  frist_rt_trial* trials;    /* one per trial */
  int64_t trigger;           /* ExprEval::trigger_ */
  uint32_t trigger_known;
  uint32_t schema;
  frist_rt_missing miss; /* scratch: what the current unknown depended on */
} frist_rt_ctx;

/* ---- evaluation frame ---------------------------------------------------- */
int32_t frist_rt_begin(frist_rt_ctx* ctx, const frist_case* c, int32_t as_of,
                       const uint8_t* trials_on, frist_result* result, frist_rt_primary* primary,
                       uint32_t requirements, frist_rt_trial* trials, uint32_t trial_count,
                       uint32_t schemas, uint32_t event_kinds);
int32_t frist_rt_finish(frist_rt_ctx* ctx);

/* ---- expression operators (ExprEval); out-parameter plus known flag ------ */
int32_t frist_rt_div(int64_t a, int64_t b, int64_t* out);
int32_t frist_rt_dec_div(int64_t a, int64_t b, int64_t* out);
int64_t frist_rt_scaled(int64_t a, int64_t b, int64_t d);
int32_t frist_rt_text_eq(const void* a, int64_t an, const void* b, int64_t bn);
int32_t frist_rt_in_set(const frist_value* set, int64_t x);
int32_t frist_rt_param(const frist_rt_param_entry* table, uint32_t n, int64_t at, int64_t* out);
int32_t frist_rt_add_days(int64_t day, int64_t n, int64_t* out);
int32_t frist_rt_add_months(int64_t day, int64_t n, int64_t* out);
int32_t frist_rt_add_working_days(const frist_rt_calendar* cal, int64_t day, int64_t n,
                                  int64_t* out);
int32_t frist_rt_roll_forward(const frist_rt_calendar* cal, int64_t day, int64_t* out);

/* ---- dates as windows use them (no range check, as in windows.cpp) ------- */
int32_t frist_rt_add_period(int64_t day, int32_t months, int32_t days);
int32_t frist_rt_roll(const frist_rt_calendar* cal, uint32_t roll, int32_t latest);
int32_t frist_rt_as_date(int64_t day);

/* ---- missing sets -------------------------------------------------------- */
void frist_rt_miss_clear(frist_rt_ctx* ctx);
void frist_rt_miss_fact(frist_rt_ctx* ctx, uint32_t slot); /* if that fact is unknown */
void frist_rt_miss_event(frist_rt_ctx* ctx, uint32_t kind);
void frist_rt_miss_from_trial(frist_rt_ctx* ctx, uint32_t trial);

/* ---- obligations --------------------------------------------------------- */
void frist_rt_init(frist_obligation* o, uint32_t requirement);
void frist_rt_emit(frist_rt_ctx* ctx, const frist_obligation* o);
void frist_rt_undetermined(frist_rt_ctx* ctx, frist_obligation* o); /* with ctx->miss */
/* CaseEval::settle: the fulfilling event i was found / none was. */
void frist_rt_settle_found(frist_obligation* o, uint32_t i, int32_t date, uint32_t alternative,
                           uint32_t trial);
void frist_rt_settle_none(const frist_rt_ctx* ctx, frist_obligation* o);
uint32_t frist_rt_held(const frist_obligation* o);
/* CaseEval::dependency up to settling: 1 when the caller settles and emits. */
uint32_t frist_rt_dependency(frist_rt_ctx* ctx, frist_obligation* o, uint32_t depends_on,
                             uint32_t strict, const frist_rt_calendar* cal, uint32_t roll,
                             int64_t start);

/* ---- trials -------------------------------------------------------------- */
uint32_t frist_rt_trial_on(const frist_rt_ctx* ctx, uint32_t trial);
/* CaseEval::membership after the generated code evaluated the period date
 * and target, with their missing sets in ctx->miss. */
void frist_rt_membership(frist_rt_ctx* ctx, uint32_t trial, uint32_t municipality_slot,
                         const frist_rt_scope* scope, uint32_t n, int64_t period_date,
                         uint32_t period_known, int64_t target, uint32_t target_known);

#ifdef __cplusplus
}
#endif

#endif /* FRIST_NATIVE_SUPPORT_H */
