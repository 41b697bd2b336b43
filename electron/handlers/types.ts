import type { Channel, Contract, ParsedArgsOf, ResultOf } from '../../shared/ipc/contract';
import type { HandlerContext } from './context';

export type Handler<C extends Channel> = (ctx: HandlerContext, args: ParsedArgsOf<C>) => ResultOf<C> | Promise<ResultOf<C>>;

/** Handlers for a subset of channels, e.g. `HandlersFor<typeof appChannels>`. */
export type HandlersFor<Defs extends Partial<Contract>> = { [C in keyof Defs & Channel]: Handler<C> };

export type HandlerTable = { [C in Channel]: Handler<C> };
