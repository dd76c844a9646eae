/**
 * What happened inside one invocation, step by step, as data: codes, never English (the UI translates and
 * animates; it never re-computes crypto). Byte fields are copies of the real bytes the engine used. Derived keys
 * and data keys are simulated HSM internals shown on purpose: they are the point of the teaching view.
 */
import type { BlobField } from './ciphertextBlob';
import type { AuthorizationResult } from './policy/types';
import type { KeyState, RotationType } from './world';

export type IdentifierForm = 'key-id' | 'key-arn' | 'alias-name' | 'alias-arn' | 'ciphertext-header';

/** Why a key identifier did not lead to a usable key (the error follows in the trace). */
export type IdentifierRejection =
  | 'malformed'
  | 'bad-arn'
  | 'alias-not-accepted'
  | 'other-region'
  | 'cross-account-not-allowed'
  | 'alias-not-found'
  | 'key-not-found'
  | 'ciphertext-malformed'
  | 'ciphertext-key-unknown'
  | 'ciphertext-key-elsewhere'
  | 'ciphertext-key-mismatch';

export type TraceStep =
  | {
      code: 'request-received';
      operation: string;
      principal: string;
      callerAccount: string;
      region: string;
      viaService?: string;
      timeMs: number;
    }
  | { code: 'request-validated' }
  | {
      code: 'identifier-resolved';
      /** Request member that named the key (`KeyId`, `SourceKeyId`, `DestinationKeyId`, `TargetKeyId`) or 'CiphertextBlob'. */
      member: string;
      input: string;
      form: IdentifierForm;
      aliasArn?: string;
      keyArn: string;
      keyAccount: string;
      keyRegion: string;
      crossAccount: boolean;
    }
  | {
      code: 'identifier-rejected';
      member: string;
      input: string;
      reason: IdentifierRejection;
    }
  | { code: 'aws-managed-key-created'; keyArn: string; aliasName: string; service: string }
  | { code: 'key-state-checked'; keyArn: string; keyState: KeyState; accepted: boolean }
  | { code: 'authorization'; action: string; resourceArn: string; result: AuthorizationResult }
  | {
      code: 'backing-key-selected';
      keyArn: string;
      keyMaterialId: string;
      /** 0 = original material, n = after the n-th rotation. */
      versionIndex: number;
      versionCount: number;
      createdMs: number;
      rotationType?: RotationType;
      current: boolean;
    }
  | { code: 'nonce-generated'; nonce: Uint8Array }
  | {
      code: 'key-derived';
      kdf: 'SP800-108-counter-HMAC-SHA256';
      label: string;
      nonce: Uint8Array;
      derivedKey: Uint8Array;
    }
  | { code: 'iv-generated'; iv: Uint8Array }
  | { code: 'aad-built'; header: Uint8Array; encryptionContext: Uint8Array; aad: Uint8Array }
  | {
      code: 'aes-gcm-encrypted';
      iv: Uint8Array;
      plaintextLength: number;
      ciphertext: Uint8Array;
      tag: Uint8Array;
    }
  | {
      code: 'aes-gcm-decrypted';
      iv: Uint8Array;
      ciphertext: Uint8Array;
      tag: Uint8Array;
      authenticated: boolean;
    }
  | { code: 'ciphertext-blob-built'; blob: Uint8Array; fields: BlobField[] }
  | { code: 'ciphertext-blob-parsed'; blob: Uint8Array; fields: BlobField[]; wellFormed: boolean }
  | { code: 'data-key-generated'; numberOfBytes: number; plaintext: Uint8Array }
  | { code: 'random-generated'; numberOfBytes: number }
  | { code: 'mac-computed'; algorithm: string; mac: Uint8Array }
  | { code: 'mac-verified'; algorithm: string; valid: boolean }
  | { code: 'key-material-generated'; keyArn: string; keyMaterialId: string; bits: number }
  /** Asymmetric keys: the public key leaves the HSM (GetPublicKey, GenerateDataKeyPair); DER SubjectPublicKeyInfo. */
  | { code: 'public-key-exported'; keySpec: string; publicKey: Uint8Array }
  /** `message` is the request's Message: a message, a digest or μ, as messageType says. */
  | {
      code: 'signature-created';
      algorithm: string;
      messageType: string;
      message: Uint8Array;
      signature: Uint8Array;
    }
  | { code: 'signature-verified'; algorithm: string; messageType: string; valid: boolean }
  | { code: 'asymmetric-encrypted'; algorithm: string; ciphertext: Uint8Array }
  | { code: 'asymmetric-decrypted'; algorithm: string; ok: boolean }
  | { code: 'shared-secret-derived'; algorithm: 'ECDH'; peerPublicKey: Uint8Array; sharedSecret: Uint8Array }
  | { code: 'shared-secret-encapsulated'; ciphertext: Uint8Array; sharedSecret: Uint8Array }
  | { code: 'shared-secret-decapsulated'; ciphertext: Uint8Array; sharedSecret: Uint8Array }
  | { code: 'data-key-pair-generated'; keyPairSpec: string; publicKey: Uint8Array }
  /** GetParametersForImport: the wrapping public key (DER SPKI) handed out, valid until `validToMs`. */
  | {
      code: 'import-parameters-issued';
      wrappingAlgorithm: string;
      wrappingKeySpec: string;
      publicKey: Uint8Array;
      validToMs: number;
    }
  | { code: 'key-material-unwrapped'; wrappingAlgorithm: string; ok: boolean }
  | {
      code: 'key-material-imported';
      keyArn: string;
      keyMaterialId: string;
      reimport: boolean;
      validToMs?: number;
    }
  | { code: 'key-state-changed'; keyArn: string; from: KeyState; to: KeyState }
  /** Custom key stores (customKeyStores.ts). */
  | { code: 'custom-key-store-created'; customKeyStoreId: string; connectivity: string }
  | { code: 'custom-key-store-state-changed'; customKeyStoreId: string; from: string; to: string }
  | { code: 'custom-key-store-updated'; customKeyStoreId: string; members: string[] }
  | { code: 'custom-key-store-deleted'; customKeyStoreId: string }
  | { code: 'dry-run-stopped' }
  | { code: 'trail-recorded'; eventId: string; recordIndex: number }
  | { code: 'response'; ok: true }
  | { code: 'error'; name: string; message: string };

export type TraceCode = TraceStep['code'];
