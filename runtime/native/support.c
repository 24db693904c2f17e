/* The rulebook-independent half of native evaluation, in plain C without
 * libc or heap: civil dates, clamped month addition, working days over a
 * closed-day bitset, fixed-point rounding, missing sets and the status
 * rules. Compiled to bitcode at build time and placed at the start of every
 * generated module, where the optimiser inlines it into the rulebook's code.
 * Each function mirrors the interpreter function named in its comment; the
 * two must change together (tests/codegen holds them equal). */
#include "support.h"

/* ---- civil calendar (dates/date.cpp via <chrono>; H. Hinnant's algorithms) */

static int64_t floor_div(int64_t a, int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

static int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = floor_div(y, 400);
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int64_t* y, int64_t* m, int64_t* d) {
  z += 719468;
  int64_t era = floor_div(z, 146097);
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yoe + era * 400 + (*m <= 2);
}

static int64_t days_in_month(int64_t y, int64_t m) {
  static const uint8_t kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
  return m == 2 && leap ? 29 : kDays[m - 1];
}

/* dates::add_months: whole months, clamped to the end of a shorter month. */
static int32_t add_months(int32_t day, int32_t months) {
  int64_t y, m, d;
  civil_from_days(day, &y, &m, &d);
  int64_t index = y * 12 + (m - 1) + months;
  int64_t year = floor_div(index, 12);
  int64_t month = index - year * 12 + 1;
  int64_t last = days_in_month(year, month);
  return (int32_t)days_from_civil(year, month, d < last ? d : last);
}

static int32_t add_i32(int32_t a, int32_t b) {
  return (int32_t)((uint32_t)a + (uint32_t)b);
}

/* ---- working days (dates/calendar.cpp) ----------------------------------- */

static int is_weekend(int32_t day) {
  int64_t r = ((int64_t)day % 7 + 7) % 7; /* 0 = Thursday, 1970-01-01 */
  return (r + 3) % 7 + 1 >= 6;
}

static int is_working_day(const frist_rt_calendar* cal, int32_t day) {
  if (day >= cal->first && day <= cal->last) {
    uint32_t index = (uint32_t)(day - cal->first);
    return ((cal->closed[index / 64] >> (index % 64)) & 1) == 0;
  }
  return !is_weekend(day);
}

/* Calendar::step_to_working_day; *ok = 0 where the interpreter throws. */
static int32_t step_to_working_day(const frist_rt_calendar* cal, int32_t day, int32_t step,
                                   int* ok) {
  for (int32_t i = 0; i < 3660; ++i) {
    int32_t at = add_i32(day, i * step);
    if (is_working_day(cal, at)) return at;
  }
  *ok = 0;
  return day;
}

static int32_t add_working_days(const frist_rt_calendar* cal, int32_t day, int32_t n, int* ok) {
  if (n == 0) return step_to_working_day(cal, day, 1, ok);
  int32_t step = n > 0 ? 1 : -1;
  for (int32_t remaining = n > 0 ? n : -n; remaining > 0 && *ok; --remaining) {
    day = step_to_working_day(cal, add_i32(day, step), step, ok);
  }
  return day;
}

/* ---- expression operators (interp/expr_eval.cpp) ------------------------- */

static int32_t date_value(int64_t day, int64_t* out) {
  if (day < FRIST_RT_FIRST_DAY || day > FRIST_RT_LAST_DAY) return 0;
  *out = day;
  return 1;
}

int32_t frist_rt_div(int64_t a, int64_t b, int64_t* out) {
  if (b == 0 || (a == INT64_MIN && b == -1)) return 0;
  *out = a / b;
  return 1;
}

/* scaled(): (a * b) / d rounded half away from zero, with 128-bit steps. */
__extension__ typedef __int128 wide;

int64_t frist_rt_scaled(int64_t a, int64_t b, int64_t d) {
  wide n = (wide)a * b;
  wide q = n / d;
  wide r = n % d;
  if (2 * (r < 0 ? -r : r) >= d) q += n < 0 ? -1 : 1;
  return (int64_t)q;
}

int32_t frist_rt_dec_div(int64_t a, int64_t b, int64_t* out) {
  if (b == 0) return 0;
  int64_t magnitude = b < 0 ? (int64_t)(0 - (uint64_t)b) : b;
  uint64_t q = (uint64_t)frist_rt_scaled(a, 1000000, magnitude);
  *out = (int64_t)(b < 0 ? 0 - q : q);
  return 1;
}

int32_t frist_rt_text_eq(const void* a, int64_t an, const void* b, int64_t bn) {
  if (an != bn) return 0;
  const uint8_t* x = (const uint8_t*)a;
  const uint8_t* y = (const uint8_t*)b;
  for (int64_t i = 0; i < an; ++i) {
    if (x[i] != y[i]) return 0;
  }
  return 1;
}

/* Op::InSet: std::binary_search over the sorted members. */
int32_t frist_rt_in_set(const frist_value* set, int64_t x) {
  const uint32_t* members = (const uint32_t*)set->p;
  if (!members) return 0; /* the empty set */
  uint32_t key = (uint32_t)x;
  int64_t lo = 0, hi = set->v;
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    if (members[mid] < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < set->v && members[lo] == key;
}

/* ExprEval::param: the first entry whose period contains the date. */
int32_t frist_rt_param(const frist_rt_param_entry* table, uint32_t n, int64_t at, int64_t* out) {
  int32_t day = (int32_t)at;
  for (uint32_t i = 0; i < n; ++i) {
    if (day >= table[i].from && day < table[i].until) {
      *out = table[i].value;
      return 1;
    }
  }
  return 0;
}

int32_t frist_rt_add_days(int64_t day, int64_t n, int64_t* out) {
  return date_value((int64_t)((uint64_t)day + (uint64_t)n), out);
}

int32_t frist_rt_add_months(int64_t day, int64_t n, int64_t* out) {
  if (n < -120000 || n > 120000) return 0;
  return date_value(add_months((int32_t)day, (int32_t)n), out);
}

int32_t frist_rt_add_working_days(const frist_rt_calendar* cal, int64_t day, int64_t n,
                                  int64_t* out) {
  if (n < -100000 || n > 100000) return 0;
  int ok = 1;
  int32_t r = add_working_days(cal, (int32_t)day, (int32_t)n, &ok);
  return ok && date_value(r, out);
}

int32_t frist_rt_roll_forward(const frist_rt_calendar* cal, int64_t day, int64_t* out) {
  int ok = 1;
  int32_t r = step_to_working_day(cal, (int32_t)day, 1, &ok);
  return ok && date_value(r, out);
}

/* ---- dates in windows (interp/windows.cpp) ------------------------------- */

/* dates::add(start, {months, days}) for cadence periods. */
int32_t frist_rt_add_period(int64_t day, int32_t months, int32_t days) {
  return add_i32(add_months((int32_t)day, months), days);
}

/* CaseEval::roll. */
int32_t frist_rt_roll(const frist_rt_calendar* cal, uint32_t roll, int32_t latest) {
  if (!roll || latest == FRIST_NO_DATE) return latest;
  int ok = 1;
  return step_to_working_day(cal, latest, 1, &ok);
}

int32_t frist_rt_as_date(int64_t day) {
  return day == INT64_MIN ? FRIST_NO_DATE : (int32_t)day;
}

/* ---- missing sets (ExprEval::missing, Missing::merge) -------------------- */

static void set_bit(uint64_t* words, uint32_t bit) {
  words[bit / 64] |= (uint64_t)1 << (bit % 64);
}

static void merge(frist_rt_missing* into, const frist_rt_missing* from) {
  for (int i = 0; i < FRIST_FACT_WORDS; ++i) into->facts[i] |= from->facts[i];
  for (int i = 0; i < FRIST_EVENT_WORDS; ++i) into->events[i] |= from->events[i];
}

static void clear(frist_rt_missing* m) {
  for (int i = 0; i < FRIST_FACT_WORDS; ++i) m->facts[i] = 0;
  for (int i = 0; i < FRIST_EVENT_WORDS; ++i) m->events[i] = 0;
}

void frist_rt_miss_clear(frist_rt_ctx* ctx) {
  clear(&ctx->miss);
}

void frist_rt_miss_fact(frist_rt_ctx* ctx, uint32_t slot) {
  if (!ctx->facts[slot].known) set_bit(ctx->miss.facts, slot);
}

void frist_rt_miss_event(frist_rt_ctx* ctx, uint32_t kind) {
  set_bit(ctx->miss.events, kind);
}

void frist_rt_miss_from_trial(frist_rt_ctx* ctx, uint32_t trial) {
  merge(&ctx->miss, &ctx->trials[trial].missing);
}

/* ---- obligations (interp/obligations.cpp, interp/windows.cpp) ------------ */

/* The bookkeeping below runs once per obligation, not per test or event, and
 * is called from many places: as calls rather than inlined copies it keeps
 * the optimiser's and the JIT's work (and their time) small. */
#define COLD __attribute__((noinline))

COLD void frist_rt_init(frist_obligation* o, uint32_t requirement) {
  o->requirement = requirement;
  o->occurrence = 1;
  o->version = FRIST_NO_INDEX;
  o->trial = FRIST_NO_INDEX;
  o->fulfilled_by = FRIST_NO_INDEX;
  o->earliest = FRIST_NO_DATE;
  o->latest = FRIST_NO_DATE;
  o->fulfilled_on = FRIST_NO_DATE;
  o->saving = 0;
  for (int i = 0; i < FRIST_FACT_WORDS; ++i) o->missing_facts[i] = 0;
  for (int i = 0; i < FRIST_EVENT_WORDS; ++i) o->missing_events[i] = 0;
  o->status = FRIST_NOT_APPLICABLE;
  o->effect = FRIST_EFFECT_NONE;
  for (int i = 0; i < 6; ++i) o->reserved[i] = 0;
}

/* CaseEval::emit: remembers the first obligation per requirement. */
COLD void frist_rt_emit(frist_rt_ctx* ctx, const frist_obligation* o) {
  frist_rt_primary* p = &ctx->primary[o->requirement];
  if (!p->set) {
    p->set = 1;
    p->status = o->status;
    p->latest = o->latest;
    p->fulfilled_on = o->fulfilled_on;
    for (int i = 0; i < FRIST_FACT_WORDS; ++i) p->missing.facts[i] = o->missing_facts[i];
    for (int i = 0; i < FRIST_EVENT_WORDS; ++i) p->missing.events[i] = o->missing_events[i];
  }
  frist_result* r = ctx->result;
  if (r->count < r->capacity) r->obligations[r->count] = *o;
  if (r->count != UINT32_MAX) ++r->count;
}

COLD void frist_rt_undetermined(frist_rt_ctx* ctx, frist_obligation* o) {
  o->status = FRIST_UNDETERMINED;
  for (int i = 0; i < FRIST_FACT_WORDS; ++i) o->missing_facts[i] = ctx->miss.facts[i];
  for (int i = 0; i < FRIST_EVENT_WORDS; ++i) o->missing_events[i] = ctx->miss.events[i];
  frist_rt_emit(ctx, o);
}

void frist_rt_settle_found(frist_obligation* o, uint32_t i, int32_t date, uint32_t alternative,
                           uint32_t trial) {
  o->fulfilled_on = date;
  o->fulfilled_by = i;
  int late = o->latest != FRIST_NO_DATE && date > o->latest;
  o->status = late ? FRIST_FULFILLED_LATE : FRIST_FULFILLED;
  if (alternative) {
    o->effect = FRIST_EFFECT_ALTERNATIVE_ACTION;
    o->trial = trial;
  }
}

void frist_rt_settle_none(const frist_rt_ctx* ctx, frist_obligation* o) {
  int32_t as_of = ctx->as_of;
  if (o->earliest != FRIST_NO_DATE && as_of < o->earliest) {
    o->status = FRIST_UPCOMING;
  } else if (o->latest == FRIST_NO_DATE || as_of <= o->latest) {
    o->status = FRIST_PENDING;
  } else {
    o->status = FRIST_OVERDUE;
  }
}

uint32_t frist_rt_held(const frist_obligation* o) {
  return o->status == FRIST_FULFILLED || o->status == FRIST_FULFILLED_LATE;
}

COLD uint32_t frist_rt_dependency(frist_rt_ctx* ctx, frist_obligation* o, uint32_t depends_on,
                                  uint32_t strict, const frist_rt_calendar* cal, uint32_t roll,
                                  int64_t start) {
  const frist_rt_primary* dep = &ctx->primary[depends_on];
  if (!dep->set || dep->status == FRIST_NOT_APPLICABLE || dep->status == FRIST_EXEMPTED) {
    frist_rt_emit(ctx, o);
    return 0;
  }
  if (dep->status == FRIST_UNDETERMINED) {
    ctx->miss = dep->missing;
    frist_rt_undetermined(ctx, o);
    return 0;
  }
  int held = dep->status == FRIST_FULFILLED || dep->status == FRIST_FULFILLED_LATE;
  int32_t reference = held ? dep->fulfilled_on : dep->latest;
  o->earliest = frist_rt_as_date(start);
  if (reference != FRIST_NO_DATE) {
    o->latest = frist_rt_roll(cal, roll, strict ? reference - 1 : reference);
  }
  return 1;
}

/* ---- trials -------------------------------------------------------------- */

uint32_t frist_rt_trial_on(const frist_rt_ctx* ctx, uint32_t trial) {
  return ctx->trials_on && ctx->trials_on[trial];
}

enum { kFalse = 0, kTrue = 1, kUnknown = 2 };

static uint32_t and3(uint32_t a, uint32_t b) {
  if (a == kFalse || b == kFalse) return kFalse;
  return a == kTrue && b == kTrue ? kTrue : kUnknown;
}

/* CaseEval::membership, after the generated code evaluated the period date
 * and the target and collected what they were missing in ctx->miss. */
COLD void frist_rt_membership(frist_rt_ctx* ctx, uint32_t trial, uint32_t municipality_slot,
                              const frist_rt_scope* scope, uint32_t n, int64_t period_date,
                              uint32_t period_known, int64_t target, uint32_t target_known) {
  frist_rt_trial* t = &ctx->trials[trial];
  const frist_value* mun = &ctx->facts[municipality_slot];
  uint32_t place = kUnknown;
  if (!mun->known) {
    set_bit(ctx->miss.facts, municipality_slot);
  } else {
    place = kFalse;
    for (uint32_t i = 0; i < n; ++i) place |= scope[i].member == mun->v;
  }
  uint32_t in_period = kUnknown;
  if (period_known) {
    in_period = kFalse;
    int32_t day = (int32_t)period_date;
    for (uint32_t i = 0; i < n; ++i) {
      int here = !mun->known || scope[i].member == mun->v;
      in_period |= here && day >= scope[i].from && day < scope[i].until;
    }
  }
  uint32_t target3 = !target_known ? kUnknown : target != 0 ? kTrue : kFalse;
  t->covers = and3(and3(place, in_period), target3);
  t->missing = ctx->miss;
  t->computed = 1;
}

/* ---- the evaluation frame ------------------------------------------------ */

int32_t frist_rt_begin(frist_rt_ctx* ctx, const frist_case* c, int32_t as_of,
                       const uint8_t* trials_on, frist_result* result, frist_rt_primary* primary,
                       uint32_t requirements, frist_rt_trial* trials, uint32_t trial_count,
                       uint32_t schemas, uint32_t event_kinds) {
  result->count = 0;
  if (c->schema >= schemas) return FRIST_BAD_SCHEMA;
  /* Event scans index per-kind tables and stop at the first event past a
   * date: a foreign kind or an unsorted array would read out of bounds or
   * give wrong answers, so both are refused up front. */
  for (uint32_t i = 0; i < c->event_count; ++i) {
    if (c->events[i].kind >= event_kinds) return FRIST_BAD_CASE;
    if (i > 0 && c->events[i].date < c->events[i - 1].date) return FRIST_BAD_CASE;
  }
  ctx->facts = c->facts;
  ctx->events = c->events;
  ctx->event_count = c->event_count;
  ctx->as_of = as_of;
  ctx->trials_on = trials_on;
  ctx->result = result;
  ctx->primary = primary;
  ctx->trials = trials;
  ctx->trigger = 0;
  ctx->trigger_known = 0;
  ctx->schema = c->schema;
  clear(&ctx->miss);
  for (uint32_t i = 0; i < requirements; ++i) primary[i].set = 0;
  for (uint32_t i = 0; i < trial_count; ++i) {
    trials[i].computed = 0;
    trials[i].used = 0;
  }
  return FRIST_OK;
}

int32_t frist_rt_finish(frist_rt_ctx* ctx) {
  return ctx->result->count > ctx->result->capacity ? FRIST_OVERFLOW : FRIST_OK;
}
