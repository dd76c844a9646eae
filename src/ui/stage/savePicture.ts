/**
 * "Save picture": the step on the stage as a standalone SVG file, or as a PNG for slide tools that take no SVG.
 * Both come from the one drawing (drawing.ts) of the scene the stage shows, at its end state. The PNG is that
 * SVG drawn onto a canvas at twice its size: the SVG is loaded as an image from a blob: URL, which the page's
 * Content Security Policy allows in img-src (index.html) for exactly this. Loaded on the first click, so the stage's
 * own chunk carries none of it.
 */

import { scenarioFileStem } from '../../scenario/scenarioFile';
import type { Scenario } from '../../scenario/schema';
import { downloadBlob } from '../player/download';
import { type DrawingOptions, drawScene } from './drawing';
import type { T } from './labels';
import type { Scene } from './picture';
import { serializeSvg } from './svgTree';

export type PictureFormat = 'svg' | 'png';

/** Pixels per drawing unit in the PNG: sharp on a projector and on a high-density screen. */
const PNG_SCALE = 2;

/** `kms-lab-lesson-rotation-step-03.png`: the scenario, then the step as the player counts it (0: the start). */
export const pictureFileName = (scenario: Scenario, index: number, format: PictureFormat): string =>
  `${scenarioFileStem(scenario)}-step-${String(index + 1).padStart(2, '0')}.${format}`;

async function pngOf(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(PNG_SCALE, PNG_SCALE);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('no PNG from the canvas'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Draws `scene` in `t`'s language and saves it as `fileName` in `format`. */
export async function savePicture(
  t: T,
  scene: Scene,
  format: PictureFormat,
  fileName: string,
  options: DrawingOptions,
): Promise<void> {
  const drawing = drawScene(t, scene, options);
  const svg = serializeSvg(drawing);
  if (format === 'svg') return downloadBlob(fileName, new Blob([svg], { type: 'image/svg+xml' }));
  downloadBlob(fileName, await pngOf(svg, Number(drawing.attrs.width), Number(drawing.attrs.height)));
}
