// Frist: the rule language for procedural law.
//
// A rulebook is a set of files; each holds declarations of legal sources,
// enumerations, case schemas, event kinds, calendars, parameters,
// requirements, trials and tests. The phrasing follows the statutes
// ("before the end of week 8 counted from", "at the latest 4 weeks after",
// "between week 8 and week 12", "every 3 months"). Words such as type names,
// action verbs and statuses are plain identifiers resolved by the checker,
// which keeps the reserved words few and the messages ours.
grammar Frist;

file : item* EOF ;

item
  : importDecl
  | sourceDecl
  | enumDecl
  | caseDecl
  | eventDecl
  | calendarDecl
  | parameterDecl
  | requirementDecl
  | trialDecl
  | testDecl
  ;

// ---- imports and sources -------------------------------------------------

importDecl : 'import' STRING ;

sourceDecl : 'source' name '=' sourceKind STRING sourceDetail* ;
sourceKind
  : 'act'                 # actKind
  | 'executive' 'order'   # executiveOrderKind
  | 'guidance'            # guidanceKind
  | 'document'            # documentKind
  ;
sourceDetail
  : 'nr.' INT             # numberDetail
  | 'of' DATE             # dateDetail
  ;

// per SDL §11a stk. 1-2, BEK996 §§ 1, 4
citations : 'per' citation (',' citation)* ;
citation : name provision* ;
provision
  : '§' sectionNo subdivision*                                  # singleProvision
  | '§§' sectionNo ((',' | 'and' | '-') sectionNo)+ subdivision* # multiProvision
  ;
sectionNo : INT | SECTION_NO ;
subdivision
  : 'stk.' INT ('-' INT)?   # stkSub
  | 'nr.' INT ('-' INT)?    # nrSub
  | 'pkt.' INT ('-' INT)?   # pktSub
  ;

// ---- types ----------------------------------------------------------------

enumDecl : 'enum' name STRING? '{' enumMember (',' enumMember)* ','? '}' ;
enumMember : name STRING? ;

caseDecl : 'case' name STRING? '{' factDecl* '}' ;
eventDecl : 'event' name STRING? ('{' factDecl* '}')? ;
factDecl : name ':' typeExpr STRING? ;

typeExpr : 'optional'? baseType ;
baseType
  : 'set' 'of' name          # setType
  | name INT '..' INT        # rangeType
  | name                     # namedType
  ;

// ---- calendars ------------------------------------------------------------

calendarDecl : 'calendar' name STRING? '{' calendarItem* '}' ;
calendarItem
  : 'holidays' name                                        # baseHolidays
  | 'closed' STRING 'every' INT name yearRange?            # annualClosure
  | 'closed' STRING 'on' DATE                              # singleClosure
  ;
yearRange : 'from' 'year' INT ('through' 'year' INT)? ;

// ---- parameters -----------------------------------------------------------

parameterDecl : 'parameter' name STRING? ':' typeExpr paramValue+ ;
paramValue : '=' expr interval? citations? ;

// from D until D is exclusive of the end, from D through D inclusive:
// statutes use both.
interval
  : 'from' DATE ('until' DATE | 'through' DATE)?   # fromInterval
  | 'until' DATE                                   # untilInterval
  | 'through' DATE                                 # throughInterval
  ;

// ---- requirements ---------------------------------------------------------

requirementDecl : 'requirement' name STRING? reqClause* versionDecl* ;
versionDecl : 'version' STRING? interval reqClause* ;

reqClause
  : citations                                       # citeClause
  | 'for' name                                      # schemaClause
  | 'when' expr                                     # whenClause
  | 'triggered' 'by' trigger                        # triggerClause
  | 'do' name STRING?                               # actionClause
  | 'fulfilled' 'by' fulfilment ('or' 'by' fulfilment)*  # fulfilClause
  | 'due' window                                    # dueClause
  | 'calendar' name                                 # calendarClause
  | 'roll' 'forward'                                # rollClause
  | 'no' 'roll' 'forward'                           # noRollClause
  | 'versions' 'selected' 'by' expr                 # selectClause
  | 'no' 'duty' STRING?                             # noDutyClause
  ;

trigger
  : 'each' name ('where' expr)?     # eachEventTrigger
  | expr                            # dateTrigger
  ;

// Alternatives are joined by `or by`: a `where` condition may itself use
// `or`, so a bare `or` could not tell the two apart.
fulfilment : name ('where' expr)? ;

window
  : 'before' 'the' 'end' 'of' 'week' INT 'counted'? 'from' expr          # endOfWeekWindow
  | 'between' 'week' INT 'and' 'week' INT 'counted'? 'from' expr         # betweenWeeksWindow
  | 'at' 'the' 'latest' duration 'after' expr                             # latestAfterWindow
  | 'within' duration 'after' expr                                        # withinWindow
  | 'before' name                                                         # beforeReqWindow
  | 'no' 'later' 'than' name                                              # noLaterThanWindow
  | 'from' expr 'to' expr                                                 # rangeWindow
  | 'by' expr                                                             # byWindow
  | ('at' 'least')? 'every' duration 'counted'? 'from' expr cadenceEnd?  # cadenceWindow
  ;
cadenceEnd
  : 'until' expr      # untilEnd
  | 'for' duration    # forEnd
  ;

duration
  : (INT | HALF_NUMBER) 'working'? unit=('day' | 'days' | 'week' | 'weeks'
      | 'month' | 'months' | 'year' | 'years')
  ;

// ---- trials ---------------------------------------------------------------

trialDecl : 'trial' name STRING? trialClause* ;
trialClause
  : citations                                                   # trialCite
  | 'for' name                                                  # trialSchema
  | 'municipalities' municipalityPeriod (',' municipalityPeriod)* # trialScope
  | 'municipality' 'given' 'by' name                            # trialMunicipalityFact
  | 'period' 'decided' 'by' expr                                # trialPeriodDate
  | 'target' expr                                               # trialTarget
  | 'exempts' name ('when' expr)? savingClause?                 # exemptEffect
  | 'replaces' ('window' | 'cadence') 'of' name 'with' window   # replaceWindowEffect
  | 'allows' name 'fulfilled' 'by' fulfilment ('or' 'by' fulfilment)* # alternativeEffect
  | 'requires' name STRING? dutyClause*                         # dutyEffect
  | 'takes' 'precedence' 'over' name (',' name)*                # precedenceClause
  | 'off' 'by' 'default'                                        # offByDefault
  ;
municipalityPeriod : name interval ;
savingClause : 'saving' expr ;
dutyClause
  : 'do' name STRING?                               # dutyAction
  | 'fulfilled' 'by' fulfilment ('or' 'by' fulfilment)*  # dutyFulfil
  | 'due' window                                    # dutyDue
  ;

// ---- tests ----------------------------------------------------------------

testDecl : 'test' STRING '{' testCase asOf trialSwitch* expectation* '}' ;
testCase : 'case' name '{' (caseField | caseEvent)* '}' ;
caseField : name ':' expr ','? ;
caseEvent : 'event' name 'on' DATE ('{' caseField* '}')? ;
asOf : 'as' 'of' DATE ;
trialSwitch : 'with' 'trial' name ;

expectation : 'expect' name occurrenceSel? expectItem+ ;
occurrenceSel : 'occurrence' INT ;
expectItem
  : (name | 'fulfilled')              # statusItem
  | 'by' name                         # byTrialItem
  | 'due' DATE                        # dueItem
  | 'window' DATE 'to' DATE           # windowItem
  | 'on' DATE                         # onItem
  | 'missing' name (',' name)*        # missingItem
  | 'version' STRING                  # versionItem
  ;

// ---- expressions ----------------------------------------------------------

expr
  : expr 'as' name                                          # convertExpr
  | '-' expr                                                # negExpr
  | expr op=('*' | '/') expr                                # mulExpr
  | expr op=('+' | '-') expr                                # addExpr
  | expr op=('<' | '<=' | '>' | '>=' | '=' | '!=') expr     # compareExpr
  | expr 'is' 'not'? known=('known' | 'unknown')            # knownExpr
  | expr 'not'? 'in' '{' expr (',' expr)* '}'               # inListExpr
  | expr 'not'? 'in' name                                   # inSetExpr
  | 'not' expr                                              # notExpr
  | expr 'and' expr                                         # andExpr
  | expr 'or' expr                                          # orExpr
  | 'if' expr 'then' expr 'else' expr                       # ifExpr
  | primary                                                 # primaryExpr
  ;

primary
  : '(' expr ')'                                            # parenPrimary
  | 'end' 'of' 'week' INT 'counted'? 'from' primary         # endOfWeekPrimary
  | 'first' name ('where' expr)?                            # firstEventPrimary
  | 'last' name ('where' expr)?                             # lastEventPrimary
  | 'count' name ('where' expr)?                            # countEventPrimary
  | 'has' name ('where' expr)?                              # hasEventPrimary
  | duration                                                # durationPrimary
  | (INT | DECIMAL) 'DKK'                                   # moneyPrimary
  | INT                                                     # intPrimary
  | DECIMAL                                                 # decimalPrimary
  | DATE                                                    # datePrimary
  | STRING                                                  # stringPrimary
  | ('true' | 'false')                                      # boolPrimary
  | 'unknown'                                               # unknownPrimary
  | 'the'? 'trigger'                                        # triggerPrimary
  | name ('.' name)?                                        # namePrimary
  ;

// Soft keywords usable as names: words analysts may well want as identifiers.
name
  : IDENT
  | 'act' | 'document' | 'guidance' | 'target' | 'period' | 'window'
  | 'cadence' | 'holidays' | 'closed' | 'municipality' | 'saving' | 'given'
  ;

// ---- lexer ----------------------------------------------------------------

DATE : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ;
DECIMAL : DIGIT+ '.' DIGIT+ ;
HALF_NUMBER : DIGIT* '½' ;
SECTION_NO : DIGIT+ [a-z] ;
INT : DIGIT+ ;
STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;
IDENT : LETTER (LETTER | DIGIT)* ;

LINE_COMMENT : '#' ~[\r\n]* -> skip ;
WS : [ \t\r\n\u000C\u00A0\uFEFF]+ -> skip ;

// Anything else becomes a token of its own so the parser, not the lexer,
// reports it in our words.
UNKNOWN_CHAR : . ;

fragment DIGIT : [0-9] ;
fragment LETTER : [\p{L}_] ;
