/**
 * A helper of the envelope worker's crypto pool (cryptoPool.ts): AES-GCM of frames, nothing else. No DOM and no
 * React here.
 */
import { serveCryptoRequests } from './cryptoPool';
import type { MessagePortLike } from './workerProtocol';

serveCryptoRequests(self as unknown as MessagePortLike);
