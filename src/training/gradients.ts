/**
 * Our replacements for gradients the wasm backend lacks or runs slowly, registered once per process
 * (tfjs keeps one gradient per kernel; registering twice only warns, but the order must not matter).
 */
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core registers no gradients: the tfjs umbrella does, and in Node only its bundle can (tfjs-core's
// own register_all_gradients is ESM with directory imports, which Node refuses). Ours replace three of them.
import '@tensorflow/tfjs';
import { convGradient } from './conv-filter-gradient';
import { matMulGradient } from './matmul-gradient';
import { poolGradient } from './pool-gradient';

let registered = false;

export function registerGradients(): void {
  if (registered) return;
  registered = true;
  for (const g of [convGradient, poolGradient, matMulGradient]) tf.registerGradient(g);
}
