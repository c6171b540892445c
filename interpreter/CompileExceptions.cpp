// CompileExceptions.cpp — raise, assert, try/except/finally and with.
//
// Stack layouts (d = the depth when the statement starts; "[H d]" = the code is
// covered by exception handler H that unwinds the stack to depth d, pushes the
// exception and jumps to H):
//
// try/except:                          try/finally:
//     body                 [H d]           body                 [F d]
//     orelse                               finalbody (normal copy)
//     JUMP end                             JUMP end
//  H: PUSH_EXC_INFO        prev exc     F: PUSH_EXC_INFO        prev exc
//     <type> CHECK_EXC_MATCH [C d+1]       finalbody            [C d+1]
//     POP_JUMP_IF_FALSE next               RERAISE              prev   [C d+1]
//     STORE name / POP_TOP  prev        C: SWAP 2; POP_EXCEPT; RERAISE
//     body            [C2 d+1 if name]  end:
//     POP_EXCEPT; (name = None; del name); JUMP end
// C2: name = None; del name; RERAISE   [C d+1]
// next: ... RERAISE (no clause matched)  [C d+1]
//  C: SWAP 2; POP_EXCEPT; RERAISE      (restore the previously handled exception
//                                       and propagate the new one)
//
// with (exit = __exit__ and its receiver, two slots as LOAD_METHOD leaves them):
//     mgr BEFORE_WITH             exit enter_result
//     STORE var / POP_TOP         exit                [W d+2]
//     body                                            [W d+2]
//     LOAD_CONST None x3; CALL_METHOD 3; POP_TOP; JUMP end  (exit(None, None, None))
//  W: PUSH_EXC_INFO               exit prev exc
//     WITH_EXCEPT_START           exit prev exc res   [C d+3]
//     POP_JUMP_IF_TRUE suppress   exit prev exc       [C d+3]
//     RERAISE                     exit prev           [C d+3]
//  suppress: POP_TOP; POP_EXCEPT; POP_TOP x2; JUMP end
//  C: SWAP 2; POP_EXCEPT; RERAISE
//
// `return`/`break`/`continue` run the cleanup of every construct they leave
// (unwindBlocks): pop a for-iterator, call a with's exit(None, None, None), run a
// finally body inline, or POP_EXCEPT out of a handler (dropping the exception of
// an exceptional finally copy, which is how `return` in `finally` discards it).
#include "interpreter/CompilerInternal.h"
#include "interpreter/InstructionInfo.h"

namespace spindle {

using namespace ast;

// ---------------------------------------------------------------------------
// Exceptions
// ---------------------------------------------------------------------------
void Compiler::compileRaise(const Raise* raise) {
    uint32_t count = 0;
    if (raise->exc) {
        compileExpr(raise->exc);
        ++count;
        if (raise->cause) {
            compileExpr(raise->cause);
            ++count;
        }
    }
    setLine(raise->line);
    emit(Opcode::RAISE_VARARGS, count);
}

void Compiler::compileAssert(const Assert* assert) {
    Label end = newLabel();
    compileJumpIf(assert->test, true, end);
    setLine(assert->line);
    emit(Opcode::LOAD_ASSERTION_ERROR);
    if (assert->msg) {
        compileExpr(assert->msg);
        setLine(assert->line);
        emit(Opcode::CALL, 1);
    }
    emit(Opcode::RAISE_VARARGS, 1);
    bind(end);
}

void Compiler::compileTry(const Try* tryStmt) {
    if (!tryStmt->finalbody.empty()) compileTryFinally(tryStmt);
    else compileTryExcept(tryStmt);
}

void Compiler::unbindExceptionName(const std::string& name) {
    emitLoadNone();
    compileName(name, NameAction::Store);
    compileName(name, NameAction::Delete);
}

void Compiler::compileTryFinally(const Try* tryStmt) {
    const int depth = unit().depth;
    Label handler = newLabel(), cleanup = newLabel(), end = newLabel();
    int outerLevel = handlerLevel();
    pushHandler(handler, depth);
    FrameBlock block{BlockKind::FinallyTry, outerLevel};
    block.finalBody = &tryStmt->finalbody;
    pushBlock(block);
    if (!tryStmt->handlers.empty()) compileTryExcept(tryStmt);
    else compileBody(tryStmt->body);
    popBlock();
    popHandler();
    if (unit().reachable) {
        compileBody(tryStmt->finalbody);
        if (unit().reachable) emitJump(Opcode::JUMP, end);
    }

    // Exceptional path: run the finally body with the exception pending, then re-raise it.
    bindHandler(handler, depth);
    setLine(tryStmt->finalbody.front()->line);
    emit(Opcode::PUSH_EXC_INFO);
    pushHandler(cleanup, depth + 1);
    pushBlock(FrameBlock{BlockKind::FinallyEnd, outerLevel});
    compileBody(tryStmt->finalbody);
    popBlock();
    if (unit().reachable) emit(Opcode::RERAISE);
    popHandler();

    bindHandler(cleanup, depth + 1);
    emit(Opcode::SWAP, 2);
    emit(Opcode::POP_EXCEPT);
    emit(Opcode::RERAISE);
    bind(end);
}

void Compiler::compileTryExcept(const Try* tryStmt) {
    const int depth = unit().depth;
    Label handler = newLabel(), cleanup = newLabel(), end = newLabel();
    int outerLevel = handlerLevel();
    pushHandler(handler, depth);
    pushBlock(FrameBlock{BlockKind::TryExcept, outerLevel});
    compileBody(tryStmt->body);
    popBlock();
    popHandler();
    if (unit().reachable) {
        compileBody(tryStmt->orelse);
        if (unit().reachable) emitJump(Opcode::JUMP, end);
    }

    bindHandler(handler, depth); // exc
    setLine(tryStmt->handlers.front()->line);
    emit(Opcode::PUSH_EXC_INFO); // prev exc
    pushHandler(cleanup, depth + 1);
    for (const ExceptHandler* clause : tryStmt->handlers) {
        setLine(clause->line);
        Label next = newLabel();
        if (clause->type) {
            compileExpr(clause->type);
            setLine(clause->line);
            emit(Opcode::CHECK_EXC_MATCH);
            emitJump(Opcode::POP_JUMP_IF_FALSE, next);
        }
        if (!clause->name.empty()) {
            compileName(clause->name, NameAction::Store); // prev
            Label cleanupBody = newLabel();
            pushHandler(cleanupBody, depth + 1);
            FrameBlock block{BlockKind::HandlerCleanup, outerLevel};
            block.name = clause->name;
            pushBlock(block);
            compileBody(clause->body);
            popBlock();
            popHandler();
            if (unit().reachable) {
                popHandler(); // POP_EXCEPT and the unbinding run under the outer handlers
                emit(Opcode::POP_EXCEPT);
                unbindExceptionName(clause->name);
                emitJump(Opcode::JUMP, end);
                pushHandler(cleanup, depth + 1);
            }
            // The body raised: unbind the name, then let the cleanup entry propagate.
            bindHandler(cleanupBody, depth + 1); // prev exc2
            setLine(clause->line);
            unbindExceptionName(clause->name);
            emit(Opcode::RERAISE);
        } else {
            emit(Opcode::POP_TOP); // prev
            pushBlock(FrameBlock{BlockKind::ExceptHandler, outerLevel});
            compileBody(clause->body);
            popBlock();
            if (unit().reachable) {
                popHandler();
                emit(Opcode::POP_EXCEPT);
                emitJump(Opcode::JUMP, end);
                pushHandler(cleanup, depth + 1);
            }
        }
        if (clause->type) bind(next); // prev exc
        else unit().depth = depth + 2;
    }
    if (unit().reachable) emit(Opcode::RERAISE); // no clause matched
    popHandler();

    bindHandler(cleanup, depth + 1); // prev exc2
    emit(Opcode::SWAP, 2);
    emit(Opcode::POP_EXCEPT);
    emit(Opcode::RERAISE);
    bind(end);
}

// exit exit_self -> : exit(None, None, None), the result dropped.
void Compiler::emitWithExitCall() {
    emitLoadNone();
    emitLoadNone();
    emitLoadNone();
    emit(Opcode::CALL_METHOD, 3);
    emit(Opcode::POP_TOP);
}

// `with a as x, b as y: body` is `with a as x: with b as y: body`.
void Compiler::compileWith(const With* with, size_t itemIndex) {
    const WithItem* item = with->items[itemIndex];
    const int depth = unit().depth;
    Label handler = newLabel(), cleanup = newLabel(), suppress = newLabel(), end = newLabel();
    compileExpr(item->contextExpr);
    setLine(with->line);
    emit(Opcode::BEFORE_WITH); // exit exit_self enter_result
    int outerLevel = handlerLevel();
    pushHandler(handler, depth + 2);
    if (item->optionalVars) compileStore(item->optionalVars);
    else emit(Opcode::POP_TOP);
    FrameBlock block{BlockKind::With, outerLevel};
    block.line = with->line;
    pushBlock(block);
    if (itemIndex + 1 < with->items.size()) compileWith(with, itemIndex + 1);
    else compileBody(with->body);
    popBlock();
    popHandler();
    if (unit().reachable) {
        setLine(with->line);
        emitWithExitCall();
        emitJump(Opcode::JUMP, end);
    }

    bindHandler(handler, depth + 2); // exit exit_self exc
    setLine(with->line);
    emit(Opcode::PUSH_EXC_INFO); // exit exit_self prev exc
    pushHandler(cleanup, depth + 3);
    emit(Opcode::WITH_EXCEPT_START); // exit exit_self prev exc res
    emitJump(Opcode::POP_JUMP_IF_TRUE, suppress);
    emit(Opcode::RERAISE);
    bind(suppress); // exit exit_self prev exc
    emit(Opcode::POP_TOP);
    popHandler();
    emit(Opcode::POP_EXCEPT);
    emit(Opcode::POP_TOP);
    emit(Opcode::POP_TOP);
    emitJump(Opcode::JUMP, end);

    bindHandler(cleanup, depth + 3); // exit exit_self prev exc2
    emit(Opcode::SWAP, 2);
    emit(Opcode::POP_EXCEPT);
    emit(Opcode::RERAISE);
    bind(end);
}

} // namespace spindle
