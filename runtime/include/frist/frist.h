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

/* Entry points of a compiled rulebook. The symbol names carry the prefix the
 * rulebook was compiled with ("frist_" by default, so `frist_evaluate`).
 *
 * `trials_on[t]` != 0 switches on off-by-default trial t; NULL switches none
 * on. Returns FRIST_OK, FRIST_OVERFLOW or FRIST_BAD_SCHEMA. Reentrant and
 * thread-safe: evaluation touches only its arguments and its own stack. */
typedef int32_t (*frist_evaluate_fn)(const frist_case* c, int32_t as_of, const uint8_t* trials_on,
                                     frist_result* result);
typedef uint32_t (*frist_abi_version_fn)(void);
typedef uint32_t (*frist_max_obligations_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* FRIST_FRIST_H */
