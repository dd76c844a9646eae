/**
 * Reading a scene (picture.ts) without drawing one: the stage's first render needs this and not the drawing, which
 * reads the replay's results (the engine's modules) and loads after the first picture (issue #15).
 */
import type { Frame, Scene } from './picture';

/** The last frame: the state after the step. */
export const endOf = (scene: Scene): Frame => scene.frames[scene.frames.length - 1] as Frame;
