/**
 * Certificates made at start: the server's TLS certificate (self-signed, no CA, for
 * localhost and 127.0.0.1) and a client certificate registered on the simulated app, for
 * msal's certificate credential.
 */
import { X509Certificate, type KeyObject } from 'node:crypto';
import { generate } from 'selfsigned';
import { DAY_MS } from '../../../engagement/activity.js';

export interface TlsCertificate {
  keyPem: string;
  certificatePem: string;
}

export interface ClientCertificate {
  /** Hex SHA-256 thumbprint: msal-node's `clientCertificate.thumbprintSha256`. */
  thumbprint: string;
  /** Hex SHA-1 thumbprint: msal-node's older `clientCertificate.thumbprint`. */
  thumbprintSha1: string;
  privateKeyPem: string;
  certificatePem: string;
  publicKey: KeyObject;
}

const VALIDITY_DAYS = 30;
/** Starts an hour back, so a client whose clock is slightly behind still accepts it. */
const BACKDATE_MS = 3_600_000;

function validity(): { notBeforeDate: Date; notAfterDate: Date } {
  const now = Date.now();
  return { notBeforeDate: new Date(now - BACKDATE_MS), notAfterDate: new Date(now + VALIDITY_DAYS * DAY_MS) };
}

export async function makeTlsCertificate(): Promise<TlsCertificate> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    ...validity(),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }] },
    ],
  });
  return { keyPem: pems.private, certificatePem: pems.cert };
}

/** RSA, because msal-node signs its client assertion with RS256 or PS256. */
export async function makeClientCertificate(): Promise<ClientCertificate> {
  const pems = await generate([{ name: 'commonName', value: 'Rapport simulator client' }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    ...validity(),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true },
      { name: 'extKeyUsage', clientAuth: true },
    ],
  });
  const certificate = new X509Certificate(pems.cert);
  const hex = (fingerprint: string) => fingerprint.replaceAll(':', '').toLowerCase();
  return {
    thumbprint: hex(certificate.fingerprint256),
    thumbprintSha1: hex(certificate.fingerprint),
    privateKeyPem: pems.private,
    certificatePem: pems.cert,
    publicKey: certificate.publicKey,
  };
}
