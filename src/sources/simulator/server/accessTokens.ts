/**
 * Access tokens for Microsoft Graph, shaped like Entra ID's app-only tokens: the roles
 * claim lists what the admin consented to and is absent without consent.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { decodeJwt, hasValidHs256Signature, signHs256 } from './jwt.js';

export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
/** The Bot Framework's audience: what a bot's own app gets a token for (no Graph roles in it). */
export const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';
export const TOKEN_LIFETIME_SECONDS = 3599;
/** How long ago an "already expired" token expired: beyond any clock-skew allowance. */
const EXPIRED_AGO_SECONDS = 600;

export interface IssuedToken {
  accessToken: string;
  /** What the token response says; an already-expired token still claims its usual lifetime. */
  expiresIn: number;
}

export type TokenCheck = { valid: true; roles: string[] } | { valid: false; message: string };

export class AccessTokens {
  private readonly secret = randomBytes(32);
  /** The simulated app's service principal: one object id for all its tokens. */
  private readonly servicePrincipalId = randomUUID();

  constructor(
    private readonly tenantId: string,
    private readonly clientId: string,
    private readonly now: () => number,
  ) {}

  issue(roles: readonly string[], alreadyExpired: boolean, audience: string = GRAPH_AUDIENCE): IssuedToken {
    const nowSeconds = Math.floor(this.now() / 1000);
    const expires = alreadyExpired ? nowSeconds - EXPIRED_AGO_SECONDS : nowSeconds + TOKEN_LIFETIME_SECONDS;
    const issuedAt = expires - TOKEN_LIFETIME_SECONDS;
    const accessToken = signHs256(
      {
        aud: audience,
        iss: `https://sts.windows.net/${this.tenantId}/`,
        iat: issuedAt,
        nbf: issuedAt,
        exp: expires,
        appid: this.clientId,
        appidacr: '1',
        idp: `https://sts.windows.net/${this.tenantId}/`,
        idtyp: 'app',
        oid: this.servicePrincipalId,
        sub: this.servicePrincipalId,
        tid: this.tenantId,
        uti: randomBytes(16).toString('base64url'),
        ver: '1.0',
        ...(roles.length > 0 && audience === GRAPH_AUDIENCE ? { roles: [...roles] } : {}),
      },
      this.secret,
    );
    return { accessToken, expiresIn: TOKEN_LIFETIME_SECONDS };
  }

  /** Checks an Authorization header the way Graph does, with Graph's messages. */
  check(authorization: string | undefined): TokenCheck {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (match === null) return { valid: false, message: 'Access token is empty.' };
    const jwt = decodeJwt(match[1]!);
    if (jwt === null) return { valid: false, message: 'IDX14100: JWT is not well formed, there are no dots (.).' };
    if (!hasValidHs256Signature(jwt, this.secret)) return { valid: false, message: 'Access token validation failure.' };
    const { aud, tid, exp, nbf, roles } = jwt.payload;
    if (aud !== GRAPH_AUDIENCE) return { valid: false, message: 'Access token validation failure. Invalid audience.' };
    if (tid !== this.tenantId) return { valid: false, message: 'Access token validation failure. Invalid issuer.' };
    const nowSeconds = Math.floor(this.now() / 1000);
    if (typeof exp !== 'number' || exp <= nowSeconds) return { valid: false, message: 'Lifetime validation failed, the token is expired.' };
    if (typeof nbf === 'number' && nbf > nowSeconds) return { valid: false, message: 'Lifetime validation failed, the token is not yet valid.' };
    return { valid: true, roles: Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [] };
  }
}
