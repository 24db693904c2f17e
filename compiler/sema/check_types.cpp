// Enumerations, case schemas, event kinds and the type references in their
// facts and fields. Built-in type names are plain identifiers (`integer`,
// `date`, ...) resolved here rather than keywords, so an unknown type gets
// our own message with a did-you-mean hint. Enumeration members are indexed
// by bare name so that expressions can resolve them without qualification.
#include <array>

#include "sema/literals.h"
#include "sema/passes.h"

namespace frist::sema {
namespace {

struct Builtin {
  const char* name;
  TypeKind kind;
};
constexpr std::array<Builtin, 7> kBuiltins = {{{"bool", TypeKind::Bool},
                                               {"integer", TypeKind::Int},
                                               {"decimal", TypeKind::Decimal},
                                               {"money", TypeKind::Money},
                                               {"date", TypeKind::Date},
                                               {"duration", TypeKind::Duration},
                                               {"text", TypeKind::Text}}};

// Resolves a type name to a built-in or an enumeration; Error after E0203.
Type named_type(Context& ctx, const ast::Name& name) {
  for (const Builtin& b : kBuiltins)
    if (name.text == b.name) return simple_type(b.kind);
  Index id = lookup(ctx.scope.enums, name.text);
  if (id != kNone) return enum_type(id);
  std::vector<std::string> candidates = names_of(ctx.program.enums);
  for (const Builtin& b : kBuiltins) candidates.push_back(b.name);
  ctx.diags.report(Kind::UnknownType, name.span, name.text)
      .hint(diag::did_you_mean(name.text, candidates));
  return simple_type(TypeKind::Error);
}

// Facts of a schema or fields of an event; a repeated name is E0212.
std::vector<Field> check_fields(Context& ctx, const std::vector<ast::FactDecl>& decls,
                                const std::string& owner) {
  std::vector<Field> fields;
  std::unordered_map<std::string, Span> seen;
  for (const ast::FactDecl& f : decls) {
    auto [it, inserted] = seen.emplace(f.name.text, f.name.span);
    if (!inserted) {
      ctx.diags.report(Kind::DuplicateMember, f.name.span, f.name.text, owner)
          .note(it->second, "first declared here");
    }
    Field field;
    field.name = f.name.text;
    field.doc = f.doc;
    field.type = resolve_type(ctx, f.type);
    field.optional = f.type.optional;
    field.span = f.name.span;
    fields.push_back(std::move(field));
  }
  return fields;
}

}  // namespace

Type resolve_type(Context& ctx, const ast::TypeRef& ref) {
  Type type = named_type(ctx, ref.name);
  if (is_error(type)) return type;
  if (ref.form == ast::TypeForm::Set) {
    if (type.kind != TypeKind::Enum) {
      ctx.diags.report(Kind::SetOfNonEnum, ref.name.span, ref.name.text);
      return simple_type(TypeKind::Error);
    }
    type.kind = TypeKind::Set;
  } else if (ref.form == ast::TypeForm::Range) {
    if (type.kind != TypeKind::Int) {
      ctx.diags.report(Kind::RangeNotInteger, ref.name.span, ref.name.text)
          .hint(fmt::format("write `integer {}..{}`", ref.low, ref.high));
      return simple_type(TypeKind::Error);
    }
    if (ref.low > ref.high) ctx.diags.report(Kind::EmptyRange, ref.span, ref.low, ref.high);
    type.range = std::make_pair(ref.low, ref.high);
  }
  return type;
}

Index resolve_schema(Context& ctx, const ast::Name& name) {
  Index id = lookup(ctx.scope.schemas, name.text);
  if (id == kNone)
    ctx.diags.report(Kind::UnknownSchema, name.span, name.text)
        .hint(diag::did_you_mean(name.text, names_of(ctx.program.schemas)));
  return id;
}

std::string first_date_fact(const Context& ctx, Index schema) {
  if (schema == kNone) return {};
  for (const Field& f : ctx.program.schemas[schema].facts)
    if (f.type.kind == TypeKind::Date) return f.name;
  return {};
}

void check_enums(Context& ctx) {
  for (Index id = 0; id < ctx.enum_decls.size(); ++id) {
    const ast::EnumDecl& d = *ctx.enum_decls[id];
    Enum& e = ctx.program.enums[id];
    std::unordered_map<std::string, Span> seen;
    for (const ast::EnumMember& m : d.members) {
      auto [it, inserted] = seen.emplace(m.name.text, m.name.span);
      if (!inserted) {
        ctx.diags.report(Kind::DuplicateMember, m.name.span, m.name.text, d.name.text)
            .note(it->second, "first declared here");
        continue;
      }
      ctx.scope.members[m.name.text].push_back({id, static_cast<Index>(e.members.size())});
      e.members.push_back(EnumMember{m.name.text, m.label});
    }
  }
}

void check_schemas(Context& ctx) {
  ctx.fact_used.resize(ctx.schema_decls.size());
  for (size_t i = 0; i < ctx.schema_decls.size(); ++i) {
    const ast::CaseDecl& d = *ctx.schema_decls[i];
    ctx.program.schemas[i].facts = check_fields(ctx, d.facts, d.name.text);
    ctx.fact_used[i].assign(d.facts.size(), false);
  }
}

void check_event_kinds(Context& ctx) {
  for (size_t i = 0; i < ctx.event_decls.size(); ++i) {
    const ast::EventDecl& d = *ctx.event_decls[i];
    ctx.program.events[i].fields = check_fields(ctx, d.fields, d.name.text);
  }
}

}  // namespace frist::sema
