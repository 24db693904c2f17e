/* The stable C ABI of a compiled Frist rulebook: the case record a caller
 * fills, the result buffer native code writes, and the entry points every
 * compiled rulebook exports (by JIT or ahead of time). Plain C99, fixed-size
 * POD structs, no allocation: the caller owns every byte.
 *
 * A case is a `frist_case`: its schema index, its facts in schema order
 * (one `frist_value` per fact, with a known flag: an unknown fact is never
 * defaulted) and its events sorted by date (equal dates keep input order;
 * `fulfilled_by` in results indexes this array). Evaluation fills
 * `frist_obligation` records, one per obligation, in the order the
 * reference interpreter produces them.
 *
 * Capacity limits (the code generator refuses rulebooks that exceed them):
 *   FRIST_MAX_FACTS        facts per case schema (missing-fact bitset size)
 *   FRIST_MAX_EVENT_KINDS  event kinds per rulebook (missing-event bitset size)
 * Any number of obligations: `count` reports how many the case produced,
 * even beyond `capacity`; `<prefix>max_obligations()` gives an upper bound. */
#ifndef FRIST_FRIST_H
#define FRIST_FRIST_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FRIST_ABI_VERSION 1

#define FRIST_MAX_FACTS 256
#define FRIST_MAX_EVENT_KINDS 128
#define FRIST_FACT_WORDS (FRIST_MAX_FACTS / 64)
#define FRIST_EVENT_WORDS (FRIST_MAX_EVENT_KINDS / 64)

#define FRIST_NO_DATE INT32_MIN
#define FRIST_NO_INDEX UINT32_MAX

/* Return codes of `frist_evaluate`. */
#define FRIST_OK 0
#define FRIST_OVERFLOW 1 /* result->count > result->capacity; the first `capacity` are written */
#define FRIST_BAD_SCHEMA (-1) /* case->schema is not a schema of this rulebook */
#define FRIST_BAD_CASE (-2)   /* an event kind not of this rulebook, or events out of date order */

/* Value types of facts and event fields (frist_field_info::type). */
enum frist_type {
  FRIST_TYPE_BOOL,
  FRIST_TYPE_INTEGER,
  FRIST_TYPE_DECIMAL,
  FRIST_TYPE_MONEY,
  FRIST_TYPE_DATE,
  FRIST_TYPE_TEXT,
  FRIST_TYPE_ENUM,
  FRIST_TYPE_SET
};

/* One fact or event field.
 *   bool: v = 0 or 1         integer: v          decimal: v = value x 10^6
 *   money: v = øre           date: v = days since 1970-01-01 (proleptic Gregorian)
 *   enum: v = member index   text: p = UTF-8 bytes, v = byte length
 *   set: p = sorted, duplicate-free uint32_t member indices, v = member count */
typedef struct frist_value {
  int64_t v;
  const void* p;
  uint32_t known; /* 0: unknown */
  uint32_t reserved;
} frist_value;

typedef struct frist_event {
  uint32_t kind;             /* event kind index in the rulebook */
  int32_t date;              /* days since 1970-01-01 */
  const frist_value* fields; /* in the event kind's field order; may be NULL without fields */
} frist_event;

typedef struct frist_case {
  uint32_t schema;
  uint32_t event_count;
  const frist_value* facts;  /* in schema order */
  const frist_event* events; /* sorted by date, stable */
} frist_case;

/* Values of frist_obligation::status and ::effect. */
enum frist_status {
  FRIST_NOT_APPLICABLE,
  FRIST_UPCOMING,
  FRIST_PENDING,
  FRIST_FULFILLED,
  FRIST_FULFILLED_LATE,
  FRIST_OVERDUE,
  FRIST_EXEMPTED,
  FRIST_UNDETERMINED
};
enum frist_effect {
  FRIST_EFFECT_NONE,
  FRIST_EFFECT_EXEMPTED,
  FRIST_EFFECT_WINDOW_REPLACED,
  FRIST_EFFECT_ALTERNATIVE_ACTION,
  FRIST_EFFECT_DUTY
};

typedef struct frist_obligation {
  uint32_t requirement;  /* index of the requirement (trial duties included) */
  uint32_t occurrence;   /* 1-based */
  uint32_t version;      /* FRIST_NO_INDEX when no version is in force */
  uint32_t trial;        /* the trial that changed it, or FRIST_NO_INDEX */
  uint32_t fulfilled_by; /* index into frist_case::events, or FRIST_NO_INDEX */
  int32_t earliest;      /* FRIST_NO_DATE when absent */
  int32_t latest;
  int32_t fulfilled_on;
  int64_t saving; /* øre */
  /* Undetermined obligations: bit i % 64 of word i / 64 is fact slot i or
   * event kind i. Ascending bit order is the interpreter's sorted order. */
  uint64_t missing_facts[FRIST_FACT_WORDS];
  uint64_t missing_events[FRIST_EVENT_WORDS];
  uint8_t status; /* enum frist_status */
  uint8_t effect; /* enum frist_effect */
  uint8_t reserved[6];
} frist_obligation;

typedef struct frist_result {
  frist_obligation* obligations;
  uint32_t capacity;
  uint32_t count; /* set by evaluation: obligations produced, may exceed capacity */
} frist_result;

/* What a compiled rulebook knows about itself, as constant data inside the
 * library: enough to fill cases by name and to report obligations with
 * their titles, actions and legal basis without the generated header. All
 * strings are UTF-8 and NUL-terminated; all pointers stay valid for as long
 * as the library is loaded. Indices match frist_case::schema, fact slots,
 * frist_event::kind and frist_obligation::requirement/version/trial. */
typedef struct frist_field_info {
  const char* name;
  uint32_t type;    /* enum frist_type */
  uint32_t enum_id; /* index into frist_rulebook_info::enums, or FRIST_NO_INDEX */
  uint32_t optional;
  uint32_t has_range; /* integer facts declared `integer lo..hi` */
  int64_t low, high;
} frist_field_info;

typedef struct frist_schema_info {
  const char* name;
  uint32_t fact_count;
  const frist_field_info* facts; /* slot order */
} frist_schema_info;

typedef struct frist_event_info {
  const char* name;
  uint32_t field_count;
  const frist_field_info* fields;
} frist_event_info;

typedef struct frist_enum_info {
  const char* name;
  uint32_t member_count;
  const char* const* members; /* member index order */
} frist_enum_info;

typedef struct frist_version_info {
  const char* label;
  uint32_t citation_count;
  const char* const* citations; /* the legal basis, as written in the rulebook */
} frist_version_info;

typedef struct frist_requirement_info {
  const char* name;
  const char* title;
  const char* action_verb; /* "notify", "hold", ... */
  const char* action_text;
  uint32_t schema;
  uint32_t is_duty; /* a trial's own duty */
  uint32_t version_count;
  const frist_version_info* versions;
} frist_requirement_info;

typedef struct frist_trial_info {
  const char* name;
  const char* title;
  uint32_t off_by_default;
  uint32_t citation_count;
  const char* const* citations;
} frist_trial_info;

typedef struct frist_rulebook_info {
  uint32_t abi_version; /* FRIST_ABI_VERSION of the compiler that built it */
  const char* name;     /* the rulebook's name given to `frist build` */
  uint32_t schema_count;
  const frist_schema_info* schemas;
  uint32_t event_kind_count;
  const frist_event_info* event_kinds;
  uint32_t enum_count;
  const frist_enum_info* enums;
  uint32_t requirement_count;
  const frist_requirement_info* requirements;
  uint32_t trial_count;
  const frist_trial_info* trials;
} frist_rulebook_info;

/* Entry points of a compiled rulebook. The symbol names carry the prefix the
 * rulebook was compiled with (`frist build -o DIR/NAME` uses "NAME_", so
 * `NAME_evaluate`; the JIT uses "frist_").
 *
 * `trials_on[t]` != 0 switches on off-by-default trial t; NULL switches none
 * on. Returns FRIST_OK, FRIST_OVERFLOW, FRIST_BAD_SCHEMA or FRIST_BAD_CASE. Reentrant and
 * thread-safe: evaluation touches only its arguments and its own stack. */
typedef int32_t (*frist_evaluate_fn)(const frist_case* c, int32_t as_of, const uint8_t* trials_on,
                                     frist_result* result);
typedef uint32_t (*frist_abi_version_fn)(void);
typedef uint32_t (*frist_max_obligations_fn)(void);
typedef const frist_rulebook_info* (*frist_info_fn)(void);

/* The four entry points of one compiled rulebook, as a value: the generated
 * header's `<name>_rulebook()` fills it for a linked library, dlsym() for a
 * loaded one. */
typedef struct frist_rulebook {
  frist_evaluate_fn evaluate;
  frist_abi_version_fn abi_version;
  frist_max_obligations_fn max_obligations;
  frist_info_fn info;
} frist_rulebook;

/* The versioning rule: FRIST_ABI_VERSION changes whenever a struct above, a
 * constant or an entry point's meaning changes, and a caller must not
 * evaluate with a rulebook built for another version. Call this once after
 * linking or loading; it returns 0 when the versions match. */
static inline int frist_check_abi(const frist_rulebook* r) {
  if (!r || !r->evaluate || !r->abi_version || !r->max_obligations || !r->info) return -1;
  return r->abi_version() == FRIST_ABI_VERSION && r->info()->abi_version == FRIST_ABI_VERSION ? 0
                                                                                              : -1;
}

/* Day numbers (days since 1970-01-01, proleptic Gregorian) from and to
 * calendar dates, after Howard Hinnant's days_from_civil. */
static inline int32_t frist_date(int32_t year, uint32_t month, uint32_t day) {
  int32_t y = year - (month <= 2);
  int32_t era = (y >= 0 ? y : y - 399) / 400;
  uint32_t yoe = (uint32_t)(y - era * 400);
  uint32_t doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  uint32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (int32_t)doe - 719468;
}

static inline void frist_civil(int32_t days, int32_t* year, uint32_t* month, uint32_t* day) {
  int32_t z = days + 719468;
  int32_t era = (z >= 0 ? z : z - 146096) / 146097;
  uint32_t doe = (uint32_t)(z - era * 146097);
  uint32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  uint32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  uint32_t mp = (5 * doy + 2) / 153;
  *day = doy - (153 * mp + 2) / 5 + 1;
  *month = mp < 10 ? mp + 3 : mp - 9;
  *year = (int32_t)yoe + era * 400 + (*month <= 2);
}

/* Names of enum frist_status values ("pending", ...), as in `frist run`. */
static inline const char* frist_status_name(uint32_t status) {
  static const char* const names[] = {"not_applicable", "upcoming", "pending",  "fulfilled",
                                      "fulfilled_late", "overdue",  "exempted", "undetermined"};
  return status < 8 ? names[status] : "unknown";
}

#ifdef __cplusplus
}
#endif

#endif /* FRIST_FRIST_H */
