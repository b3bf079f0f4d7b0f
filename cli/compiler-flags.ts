import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for a short-lived CLI process, set before any of the engine's code runs (flags read
 * when a function is optimised take effect for every later optimisation).
 *
 * `--no-turbo-loop-peeling`: in one `align` run on mag (~0.8 s CPU) about a third of the
 * instructions are TurboFan compiling the engine's hot loops (callgrind, `node --single-threaded`),
 * and peeling — a copy of each loop's first iteration, so that its checks run once — makes those
 * graphs larger. Without it, mag's whole process costs less CPU and the 20,000-sentence no-overlap
 * pair (~6 s CPU, where optimised code runs long enough to repay any compilation) is unchanged
 * (docs/decisions/0003, sixth round). Compiler flags change no result: JavaScript's semantics,
 * floating point included, do not depend on how a function is compiled.
 */
setFlagsFromString('--no-turbo-loop-peeling');
