import type { ClientCertificate } from './certificate.js';

/** The one application registered in the simulated tenant: Rapport's. */
export interface AppRegistration {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  certificate: ClientCertificate;
}
