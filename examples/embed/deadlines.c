/* Sickness-benefit cases of the North Jutland rulebook, filled in C through
 * the generated header and evaluated by the statically linked rulebook.
 * Prints one line per obligation: case, requirement, status, due window and
 * legal basis. deadlines.cpp prints the same lines through the C++ wrapper. */
#include <stdio.h>
#include <string.h>

#include "nordjylland.h"

static frist_value known(int64_t v) {
  frist_value out = {v, NULL, 1, 0};
  return out;
}

static void print_date(int32_t day) {
  int32_t y;
  uint32_t m, d;
  if (day == FRIST_NO_DATE) {
    printf("-");
    return;
  }
  frist_civil(day, &y, &m, &d);
  printf("%04d-%02u-%02u", (int)y, m, d);
}

/* What left an undetermined obligation open, by name. */
static void print_missing(const frist_rulebook_info* info, uint32_t schema,
                          const frist_obligation* o) {
  const char* sep = " missing: ";
  const frist_schema_info* s = &info->schemas[schema];
  for (uint32_t i = 0; i < s->fact_count; ++i) {
    if (o->missing_facts[i / 64] >> (i % 64) & 1) {
      printf("%s%s", sep, s->facts[i].name);
      sep = ", ";
    }
  }
  for (uint32_t k = 0; k < info->event_kind_count; ++k) {
    if (o->missing_events[k / 64] >> (k % 64) & 1) {
      printf("%s%s", sep, info->event_kinds[k].name);
      sep = ", ";
    }
  }
}

static int report(const frist_rulebook* rb, const char* id, const frist_case* c, int32_t as_of) {
  frist_obligation buffer[NORDJYLLAND_MAX_OBLIGATIONS < 64 ? NORDJYLLAND_MAX_OBLIGATIONS : 64];
  frist_result result = {buffer, sizeof buffer / sizeof buffer[0], 0};
  const frist_rulebook_info* info = rb->info();
  int32_t rc = rb->evaluate(c, as_of, NULL, &result);
  if (rc != FRIST_OK) {
    fprintf(stderr, "%s: evaluation failed (%d)\n", id, (int)rc);
    return 1;
  }
  for (uint32_t i = 0; i < result.count; ++i) {
    const frist_obligation* o = &buffer[i];
    const frist_requirement_info* r = &info->requirements[o->requirement];
    printf("%s %s: %s, due ", id, r->name, frist_status_name(o->status));
    print_date(o->earliest);
    printf(" .. ");
    print_date(o->latest);
    if (o->fulfilled_on != FRIST_NO_DATE) {
      printf(", done ");
      print_date(o->fulfilled_on);
    }
    if (o->version < r->version_count) {
      const frist_version_info* v = &r->versions[o->version];
      for (uint32_t k = 0; k < v->citation_count; ++k)
        printf("%s%s", k ? "; " : " [", v->citations[k]);
      if (v->citation_count) printf("]");
    }
    if (o->trial != FRIST_NO_INDEX) printf(" (trial %s)", info->trials[o->trial].name);
    print_missing(info, r->schema, o);
    printf("\n");
  }
  return 0;
}

int main(void) {
  frist_rulebook rb = nordjylland_rulebook();
  if (frist_check_abi(&rb) != 0) {
    fprintf(stderr, "nordjylland was built for another Frist ABI\n");
    return 1;
  }
  int32_t as_of = frist_date(2019, 6, 1);
  int failed = 0;

  /* SD-001: Hjørring (in the LÆ285 trial), health documented elsewhere,
   * follow-up held and the alternative documentation registered. */
  nordjylland_Sygedagpengesag_facts sd1;
  memset(&sd1, 0, sizeof sd1); /* every fact unknown */
  sd1.kommune = known(NORDJYLLAND_KOMMUNE_HJOERRING);
  sd1.foerste_fravaersdag = known(frist_date(2019, 3, 4));
  sd1.kategori = known(2);
  sd1.forventer_raskmelding_inden_8_uger = known(0);
  sd1.helbred_belyst_andetsteds = known(1);
  frist_event ev1[] = {
      {NORDJYLLAND_EVENT_OPFOELGNINGSSAMTALE, frist_date(2019, 4, 24), NULL},
      {NORDJYLLAND_EVENT_DOKUMENTATION_REGISTRERET, frist_date(2019, 4, 24), NULL}};
  frist_case c1 = {NORDJYLLAND_SCHEMA_SYGEDAGPENGESAG, 2, (const frist_value*)&sd1, ev1};
  failed |= report(&rb, "SD-001", &c1, as_of);

  /* SD-002: Aalborg, LÆ285 requested, follow-up held two days late. */
  nordjylland_Sygedagpengesag_facts sd2;
  memset(&sd2, 0, sizeof sd2);
  sd2.kommune = known(NORDJYLLAND_KOMMUNE_AALBORG);
  sd2.foerste_fravaersdag = known(frist_date(2019, 3, 4));
  sd2.kategori = known(2);
  sd2.forventer_raskmelding_inden_8_uger = known(0);
  frist_event ev2[] = {{NORDJYLLAND_EVENT_LAEGEATTEST_ANMODET, frist_date(2019, 3, 12), NULL},
                       {NORDJYLLAND_EVENT_OPFOELGNINGSSAMTALE, frist_date(2019, 4, 26), NULL}};
  frist_case c2 = {NORDJYLLAND_SCHEMA_SYGEDAGPENGESAG, 2, (const frist_value*)&sd2, ev2};
  failed |= report(&rb, "SD-002", &c2, as_of);

  /* SD-004: Rebild, nothing done yet, and whether the person expects to be
   * fit within 8 weeks is not known: what depends on it is undetermined. */
  nordjylland_Sygedagpengesag_facts sd4;
  memset(&sd4, 0, sizeof sd4);
  sd4.kommune = known(NORDJYLLAND_KOMMUNE_REBILD);
  sd4.foerste_fravaersdag = known(frist_date(2019, 4, 1));
  sd4.kategori = known(2);
  frist_case c4 = {NORDJYLLAND_SCHEMA_SYGEDAGPENGESAG, 0, (const frist_value*)&sd4, NULL};
  failed |= report(&rb, "SD-004", &c4, as_of);
  return failed;
}
