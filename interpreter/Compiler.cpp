// Compiler.cpp — code units, instruction emission, labels, the exception table,
// the constant pool and the final maxStack flow analysis. Statements are compiled
// in CompileStmt.cpp, expressions in CompileExpr.cpp.
#include "interpreter/Compiler.h"
#include "interpreter/CompilerInternal.h"
#include "interpreter/InstructionInfo.h"

#include <cstring>

namespace spindle {

using namespace ast;

Compiler::Compiler(const Module& module, const ScopeTable& scopes, const CompileOptions& options)
    : module_(module), scopes_(scopes), options_(options) {}

void Compiler::failAt(const std::string& message, int line, int col, int endLine, int endCol) {
    SourceError error;
    error.type = "SyntaxError";
    error.message = message;
    error.filename = module_.filename;
    error.line = line;
    error.col = line > 0 ? col + 1 : 0;
    error.endLine = endLine;
    error.endCol = endLine > 0 ? endCol + 1 : 0;
    if (line >= 1 && line <= static_cast<int>(module_.lines.size())) error.lineText = module_.lines[line - 1];
    throw error;
}

// ---------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------
void Compiler::pushUnit(const Scope* scope, std::string name, std::string qualname, int firstLine, uint32_t flags) {
    auto u = std::make_unique<CodeUnit>();
    u->code = std::make_shared<CompiledCode>();
    u->scope = scope;
    CompiledCode& code = *u->code;
    code.name = std::move(name);
    code.qualname = std::move(qualname);
    code.filename = module_.filename;
    code.firstLine = firstLine;
    code.flags = flags;
    if (scope->isFunctionLike()) {
        code.varnames = scope->varnames;
        for (size_t i = 0; i < code.varnames.size(); ++i) u->localIndex[code.varnames[i]] = static_cast<int>(i);
    }
    code.cellvars = scope->cellvars;
    code.freevars = scope->freevars;
    int index = 0;
    for (const std::string& cell : code.cellvars) u->cellIndex.try_emplace(cell, index++);
    for (const std::string& free : code.freevars) u->cellIndex.try_emplace(free, index++);
    if (!units_.empty()) {
        u->privateName = units_.back()->privateName;
        if (scope->kind == ScopeKind::Class) u->privateName = scope->name;
    }
    units_.push_back(std::move(u));
    // Calling a generator function runs only this: it moves the new frame into a
    // generator object and returns that, so calls need no generator check.
    if (flags & kCodeGenerator) emit(Opcode::RETURN_GENERATOR);
}

std::shared_ptr<CompiledCode> Compiler::popUnit() {
    CodeUnit& u = unit();
    finishCode(u);
    std::shared_ptr<CompiledCode> code = u.code;
    units_.pop_back();
    return code;
}

// CPython's __qualname__ rules: nested in a function: "outer.<locals>.name"; in a
// class: "C.name"; a function declared global in its enclosing scope: just "name".
std::string Compiler::qualnameFor(const std::string& name) const {
    if (units_.empty()) return name;
    const CodeUnit& parent = *units_.back();
    if (parent.scope->kind == ScopeKind::Module) return name;
    if (parent.scope->kind != ScopeKind::Class && parent.scope->lookup(mangleName(parent.privateName, name)) == NameScope::GlobalExplicit)
        return name;
    if (parent.scope->kind == ScopeKind::Class) return parent.code->qualname + "." + name;
    return parent.code->qualname + ".<locals>." + name;
}

// ---------------------------------------------------------------------------
// Emission
// ---------------------------------------------------------------------------
void Compiler::emit(Opcode op, uint32_t arg) {
    CodeUnit& u = unit();
    SPINDLE_ASSERT(arg <= kMaxArg);
    int handler = u.handlerStack.empty() ? -1 : u.handlerStack.back();
    auto push = [&](uint32_t word) {
        u.code->code.push_back(word);
        u.code->lines.push_back(line_);
        u.handlerOfWord.push_back(handler);
    };
    push(encode(op, arg));
    for (int i = 0; i < auxWords(op); ++i) push(static_cast<uint32_t>(u.code->cacheCount++));
    u.depth += stackEffect(op, arg, false);
    SPINDLE_ASSERT(!u.reachable || u.depth >= 0);
    if (isTerminatorOpcode(op)) u.reachable = false;
}

void Compiler::emitJump(Opcode op, Label target) {
    CodeUnit& u = unit();
    SPINDLE_ASSERT(isJumpOpcode(op) && target.id >= 0);
    if (u.reachable) {
        int depthThere = u.depth + stackEffect(op, 0, true);
        int& known = u.labelDepth[target.id];
        if (known < 0) known = depthThere;
        else SPINDLE_ASSERT(known == depthThere);
    }
    u.fixups.emplace_back(u.code->code.size(), target.id);
    emit(op, 0);
}

Label Compiler::newLabel() {
    CodeUnit& u = unit();
    u.labelPosition.push_back(-1);
    u.labelDepth.push_back(-1);
    return Label{static_cast<int>(u.labelPosition.size() - 1)};
}

void Compiler::bind(Label label) {
    CodeUnit& u = unit();
    SPINDLE_ASSERT(u.labelPosition[label.id] < 0);
    u.labelPosition[label.id] = static_cast<int>(u.code->code.size());
    int& known = u.labelDepth[label.id];
    if (known >= 0) {
        if (u.reachable) SPINDLE_ASSERT(u.depth == known);
        u.depth = known;
        u.reachable = true;
    } else if (u.reachable) {
        known = u.depth; // a loop head: backward jumps will check against it
    }
}

void Compiler::bindHandler(Label label, int depth) {
    CodeUnit& u = unit();
    u.reachable = false;
    u.labelDepth[label.id] = depth + 1; // the VM pushes the exception
    bind(label);
}

void Compiler::pushHandler(Label target, int depth) {
    CodeUnit& u = unit();
    u.handlers.push_back(CodeUnit::Handler{target, depth});
    u.handlerStack.push_back(static_cast<int>(u.handlers.size() - 1));
}

void Compiler::popHandler() { unit().handlerStack.pop_back(); }

// ---------------------------------------------------------------------------
// Constants and names
// ---------------------------------------------------------------------------
// A byte string that identifies a constant by type and value, for deduplication.
static void constantKey(const spindle::Constant& constant, std::string& out) {
    out.push_back(static_cast<char>('A' + constant.value.index()));
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, bool>) {
                out.push_back(v ? '1' : '0');
            } else if constexpr (std::is_same_v<T, int64_t> || std::is_same_v<T, double>) {
                char bytes[sizeof(T)];
                std::memcpy(bytes, &v, sizeof(T));
                out.append(bytes, sizeof(T));
            } else if constexpr (std::is_same_v<T, spindle::Constant::BigIntText>) {
                out += v.decimal;
                out.push_back('\0');
            } else if constexpr (std::is_same_v<T, spindle::Constant::Str> || std::is_same_v<T, spindle::Constant::Bytes>) {
                const std::string& text = [&]() -> const std::string& {
                    if constexpr (std::is_same_v<T, spindle::Constant::Str>) return v.utf8;
                    else return v.bytes;
                }();
                out += std::to_string(text.size());
                out.push_back(':');
                out += text;
            } else if constexpr (std::is_same_v<T, spindle::Constant::Tuple>) {
                out += std::to_string(v.items.size());
                out.push_back('(');
                for (const spindle::Constant& item : v.items) constantKey(item, out);
            } else if constexpr (std::is_same_v<T, spindle::Constant::Code>) {
                char bytes[sizeof(void*)];
                const void* pointer = v.get();
                std::memcpy(bytes, &pointer, sizeof(void*));
                out.append(bytes, sizeof(void*));
            }
        },
        constant.value);
}

int Compiler::addConstant(const spindle::Constant& constant) {
    CodeUnit& u = unit();
    std::string key;
    constantKey(constant, key);
    auto [it, inserted] = u.constantIndex.try_emplace(key, static_cast<int>(u.code->constants.size()));
    if (inserted) u.code->constants.push_back(constant);
    return it->second;
}

int Compiler::addName(const std::string& name) {
    CodeUnit& u = unit();
    auto [it, inserted] = u.nameIndex.try_emplace(name, static_cast<int>(u.code->names.size()));
    if (inserted) u.code->names.push_back(name);
    return it->second;
}

int Compiler::cellIndexOf(const std::string& name) {
    CodeUnit& u = unit();
    auto it = u.cellIndex.find(name);
    SPINDLE_ASSERT(it != u.cellIndex.end());
    return it->second;
}

void Compiler::emitLoadConstant(const spindle::Constant& constant) {
    if (auto* integer = std::get_if<int64_t>(&constant.value)) {
        if (*integer >= -kSmallIntBias && *integer < kSmallIntBias) {
            emitSmallInt(*integer);
            return;
        }
    }
    emit(Opcode::LOAD_CONST, static_cast<uint32_t>(addConstant(constant)));
}

void Compiler::emitSmallInt(int64_t value) {
    SPINDLE_ASSERT(value >= -kSmallIntBias && value < kSmallIntBias);
    emit(Opcode::LOAD_SMALL_INT, static_cast<uint32_t>(value + kSmallIntBias));
}

// ---------------------------------------------------------------------------
// Finishing a code object
// ---------------------------------------------------------------------------
void Compiler::finishCode(CodeUnit& u) {
    CompiledCode& code = *u.code;
    for (auto [word, label] : u.fixups) {
        int position = u.labelPosition[label];
        SPINDLE_ASSERT(position >= 0);
        Opcode op = opcodeOf(code.code[word]);
        // Backward jumps must be safepoints, forward ones must not pretend to be.
        if (op == Opcode::JUMP_BACKWARD) SPINDLE_ASSERT(static_cast<size_t>(position) <= word);
        else SPINDLE_ASSERT(static_cast<size_t>(position) > word);
        code.code[word] = encode(op, static_cast<uint32_t>(position));
    }
    // Runs of words sharing the same innermost handler become table rows.
    for (size_t i = 0; i < u.handlerOfWord.size();) {
        int handler = u.handlerOfWord[i];
        auto sameHandler = [&](int other) {
            if (other == handler) return true;
            if (other < 0 || handler < 0) return false;
            return u.handlers[other].target.id == u.handlers[handler].target.id &&
                   u.handlers[other].depth == u.handlers[handler].depth;
        };
        size_t j = i + 1;
        while (j < u.handlerOfWord.size() && sameHandler(u.handlerOfWord[j])) ++j;
        if (handler >= 0) {
            const CodeUnit::Handler& h = u.handlers[handler];
            int target = u.labelPosition[h.target.id];
            SPINDLE_ASSERT(target >= 0);
            code.exceptionTable.push_back(ExceptionTableEntry{static_cast<uint32_t>(i), static_cast<uint32_t>(j),
                                                              static_cast<uint32_t>(target),
                                                              static_cast<uint32_t>(h.depth), false});
        }
        i = j;
    }
    computeMaxStack(code);
}

// Walks every reachable instruction with its stack depth, following fall-through,
// jump and exception edges; any disagreement is a compiler bug.
void Compiler::computeMaxStack(CompiledCode& code) {
    const size_t size = code.code.size();
    std::vector<int> depthAt(size, -1);
    std::vector<size_t> work;
    int maxDepth = 0;
    auto reach = [&](size_t pc, int depth) {
        SPINDLE_ASSERT(pc < size && depth >= 0);
        if (depth > maxDepth) maxDepth = depth;
        if (depthAt[pc] < 0) {
            depthAt[pc] = depth;
            work.push_back(pc);
        } else {
            SPINDLE_ASSERT(depthAt[pc] == depth);
        }
    };
    if (size > 0) reach(0, 0);
    while (!work.empty()) {
        size_t pc = work.back();
        work.pop_back();
        int depth = depthAt[pc];
        uint32_t word = code.code[pc];
        Opcode op = opcodeOf(word);
        uint32_t arg = argOf(word);
        SPINDLE_ASSERT(static_cast<int>(op) < static_cast<int>(Opcode::Count_));
        for (const ExceptionTableEntry& entry : code.exceptionTable) {
            if (pc >= entry.start && pc < entry.end) {
                SPINDLE_ASSERT(static_cast<int>(entry.depth) <= depth);
                reach(entry.target, static_cast<int>(entry.depth) + 1 + (entry.pushLasti ? 1 : 0));
                break;
            }
        }
        if (isJumpOpcode(op)) reach(arg, depth + stackEffect(op, arg, true));
        if (!isTerminatorOpcode(op)) reach(pc + 1 + auxWords(op), depth + stackEffect(op, arg, false));
    }
    code.maxStack = maxDepth;
}

// ---------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------
std::shared_ptr<CompiledCode> Compiler::compileTop() {
    const Scope& scope = scopes_.moduleScope();
    pushUnit(&scope, "<module>", "<module>", 1, kCodeModule);
    if (module_.mode == ParseMode::Eval) {
        SPINDLE_ASSERT(module_.expression != nullptr);
        setLine(module_.expression->line);
        compileExpr(module_.expression);
        emit(Opcode::RETURN_VALUE);
        return popUnit();
    }
    const std::vector<Stmt*>& body = module_.body;
    size_t first = 0;
    if (!options_.interactive && !body.empty()) {
        if (auto* stmt = dynCast<ExprStmt>(body[0])) {
            if (auto* literal = dynCast<ast::Constant>(stmt->value); literal && literal->constKind == ConstantKind::Str) {
                unit().code->docstring = literal->strValue;
                unit().code->hasDocstring = true;
                first = 1;
            }
        }
    }
    compileBody(body, first);
    if (unit().reachable) {
        emitLoadNone();
        emit(Opcode::RETURN_VALUE);
    }
    return popUnit();
}

std::shared_ptr<CompiledCode> compileModule(const Module& module, const CompileOptions& options) {
    std::unique_ptr<ScopeTable> scopes = analyzeScopes(module);
    Compiler compiler(module, *scopes, options);
    return compiler.compileTop();
}

} // namespace spindle
