/**
 * The digit CNN: three conv blocks and a small dense head, 11 outputs (0–9 and "not a digit"), with few
 * filters where the maps are large (16/24/48, ~1.4M multiply-adds a glyph). The variants tried on the way
 * here, and why they were not kept, are in docs/model-experiments.md.
 */
import * as tfl from '@tensorflow/tfjs-layers';
import { CLASSES } from './glyphs';

export interface Architecture {
  filters: [number, number, number];
  /** kernel size of the first convolution (the later ones are 3x3) */
  firstKernel: number;
  dense: number;
  dropout: number;
  batchNorm?: boolean;
  /** padding of the second and third convolutions: 'valid' skips the border outputs, which see mostly
   *  the zero padding around a glyph centred in 20x20 of its 28x28 */
  innerPadding?: 'same' | 'valid';
  /** 2: the first convolution is read at every other pixel instead of max-pooled (a stride-2
   *  convolution at run time, forward.ts), a tenth of the work of convolving every pixel and pooling */
  firstStride?: 1 | 2;
}

export function buildModel({ filters, firstKernel, dense, dropout, batchNorm = false, innerPadding = 'same', firstStride = 1 }: Architecture): tfl.LayersModel {
  const m = tfl.sequential();
  const conv = (filters: number, kernelSize: number, first = false) => {
    m.add(
      tfl.layers.conv2d({
        ...(first ? { inputShape: [28, 28, 1] } : {}),
        filters,
        kernelSize,
        padding: first ? 'same' : innerPadding,
        activation: 'relu',
        kernelInitializer: 'heNormal',
      }),
    );
    // After the ReLU, not before: a conv with a linear activation is fused by tfjs, and the fused op's
    // built-in gradient needs the Conv2DBackpropFilter kernel wasm lacks.
    if (batchNorm) m.add(tfl.layers.batchNormalization());
  };
  conv(filters[0], firstKernel, true);
  // A 1x1 pooling window at stride 2 keeps every other output: a stride-2 convolution, trained with the
  // stride-1 gradient we have (conv-filter-gradient.ts) at the cost of computing the outputs it drops.
  m.add(firstStride === 2 ? tfl.layers.maxPooling2d({ poolSize: 1, strides: 2 }) : tfl.layers.maxPooling2d({ poolSize: 2 }));
  conv(filters[1], 3);
  m.add(tfl.layers.maxPooling2d({ poolSize: 2 }));
  conv(filters[2], 3);
  m.add(tfl.layers.maxPooling2d({ poolSize: 2 }));
  m.add(tfl.layers.flatten());
  m.add(tfl.layers.dense({ units: dense, activation: 'relu', kernelInitializer: 'heNormal' }));
  m.add(tfl.layers.dropout({ rate: dropout }));
  m.add(tfl.layers.dense({ units: CLASSES, activation: 'softmax' }));
  return m;
}
