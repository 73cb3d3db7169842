/** Bahasa Indonesia: cara Rapport menjangkau kotak surat, dan persetujuan yang menunggu konfirmasi. */
import type { consentAccessMessages as english } from '../en/consentAccess.js';
import type { Translation } from '../languages.js';

export const consentAccessMessages = {
  'consentAccess.mode': 'Akses kotak surat',
  'consentAccess.modeTenantWide': 'Seluruh penyewa (Microsoft Entra ID)',
  'consentAccess.modeRbacScoped': 'Dibatasi dengan RBAC Exchange',
  'consentAccess.modeBoth': 'Cakupan RBAC Exchange dan izin untuk seluruh penyewa',
  'consentAccess.modeNone': 'Belum diberikan',
  'consentAccess.readable': 'Kotak surat yang dapat dibaca',
  'consentAccess.readableCount': '{readable} dari {configured}',
  'consentAccess.outsideScope': 'Di luar cakupan',
  'consentAccess.moreMailboxes': '{count, plural, other {dan # lainnya}}',
  'consentAccess.outsideScopeText': '{count, plural, other {# kotak surat yang dikonfigurasi berada di luar cakupan RBAC Exchange Rapport}}: proses akan melewatinya dan mencantumkannya sebagai masalah. Tambahkan kotak surat tersebut ke cakupan manajemen, atau hapus dengan “konfigurasi keterlibatan”.',
  'consentAccess.widened': 'RBAC Exchange membatasi Rapport pada satu cakupan manajemen, tetapi izin untuk seluruh penyewa ({roles}) di Microsoft Entra ID memungkinkan Rapport membaca semua kotak surat. Hapus izin tersebut agar Rapport tetap berada dalam cakupan.',
  'consentAccess.pendingTitle': 'Persetujuan menunggu konfirmasi',
  'consentAccess.pending': 'Administrator penyewa memberikan persetujuan pada {date}, tetapi Rapport belum dapat mengonfirmasinya dengan token aplikasinya: izin baru bisa memerlukan beberapa menit untuk berlaku. Rapport memeriksa lagi setiap beberapa menit dan memulai proses pertama segera setelah persetujuan dikonfirmasi.',
  'consentAccess.pendingPage': 'Microsoft Entra ID melaporkan bahwa persetujuan telah diberikan, tetapi Rapport belum dapat mengonfirmasinya dengan token aplikasinya: izin baru bisa memerlukan beberapa menit untuk berlaku. Rapport memeriksa lagi setiap beberapa menit dan memberi tahu Anda di Teams saat proses pertama dimulai; “status persetujuan” menunjukkan perkembangannya. Anda dapat menutup tab ini.',
} as const satisfies Translation<typeof english>;
