/** Indonesian strings of the admin wizards (shared buttons and notes) and the configure-engagement wizard. */
import type { Translation } from '../languages.js';
import type { configureWizardMessages as english } from '../en/configureWizard.js';

export const configureWizardMessages = {
  'wizard.progress': 'Langkah {step} dari {total}',
  'wizard.back': 'Kembali',
  'wizard.next': 'Berikutnya',
  'wizard.save': 'Simpan',
  'wizard.cancel': 'Batal',
  'wizard.cancelledTitle': 'Dibatalkan',
  'wizard.cancelled': 'Tidak ada yang disimpan. Ketik perintahnya lagi kapan pun Anda ingin memulai dari awal.',
  'wizard.staleCard': 'Kartu itu berasal dari langkah sebelumnya, jadi tidak diterapkan. Berikut langkah Anda saat ini.',
  'enrichment.profile.none': '(tidak ada)',
  'wizard.list': '{items}, dan {count} lainnya',
  'wizard.noBack': 'Ini langkah pertama; tidak ada langkah sebelumnya.',
  'wizard.renderFailed': 'Rapport tidak dapat menampilkan langkah ini: kartunya terlalu besar atau tidak valid. Jawaban Anda tetap disimpan: ketik “kembali” untuk mengubah jawaban sebelumnya, atau “batal” untuk berhenti.',

  // Shared by the configure-engagement steps
  'enrichment.none': '—',
  'enrichment.count.mailboxes': '{count, plural, other {# kotak surat}}',
  'enrichment.count.rows': '{count, plural, other {# baris}}',
  'enrichment.fact.region': 'Wilayah',
  'enrichment.fact.mailboxes': 'Kotak surat',
  'enrichment.fact.entries': 'Pengguna dan grup',
  'enrichment.fact.leftOut': 'Tidak disertakan (tanpa kotak surat)',
  'enrichment.fact.mailboxesLater': 'Ditentukan saat proses pertama',
  'enrichment.fact.dataset': 'Himpunan data',
  'enrichment.fact.columns': 'Kolom',
  'enrichment.fact.agreed': 'Pernyataan privasi',
  'enrichment.fact.agreedOn': 'Disetujui pada {date}',
  'enrichment.column.unknown': 'Himpunan data “{dataset}” tidak memiliki kolom “{column}”. Kolom yang ada: {columns}.',
  'enrichment.column.none': '(tidak ada)',
  'enrichment.column.typeMany': 'Himpunan data ini memiliki {count} kolom, terlalu banyak untuk ditampilkan sebagai pilihan: ketik nama-nama kolomnya.',
  'enrichment.column.typeOne': 'Himpunan data ini memiliki {count} kolom, terlalu banyak untuk ditampilkan sebagai pilihan: ketik nama kolomnya.',

  // 1. Overview and region
  'enrichment.overview.title': 'Konfigurasi keterlibatan akun',
  'enrichment.overview.what': 'Pengayaan ini mengukur keterlibatan organisasi Anda dengan setiap akun pelanggan: email yang dikirim dan diterima, rapat, waktu balasan, dan siapa saja yang berhubungan, per akun dan periode. Hasilnya ditulis ke tabel output yang Anda beri nama di langkah terakhir.',
  'enrichment.overview.reads': 'Yang dibaca: hanya metadata email dan rapat (pengirim, penerima, peserta, dan waktu). Yang tidak pernah dibaca: isi pesan, subjek, atau lampiran.',
  'enrichment.overview.window': 'Rentang data: aktivitas email dan rapat selama setahun terakhir, diperbarui setiap kali pengayaan dijalankan.',
  'enrichment.overview.regionPick': 'Wilayah data penyewa Anda belum dikonfigurasi. Pilih di bawah ini: pengayaan tersedia untuk penyewa di {regions}.',
  'enrichment.overview.regionLabel': 'Wilayah penyewa',
  'enrichment.overview.regionOther': 'Lainnya',
  'enrichment.overview.regionRequired': 'Pilih wilayah penyewa Anda untuk melanjutkan.',
  'enrichment.overview.unsupportedTitle': 'Wilayah tidak didukung',
  'enrichment.overview.unsupported': 'Pengayaan keterlibatan akun hanya tersedia untuk penyewa di {regions}. Wilayah penyewa Anda ({region}) tidak termasuk, jadi pengayaan tidak dapat dikonfigurasi. Tidak ada yang disimpan.',
  'enrichment.overview.unsupportedOther': 'Pengayaan keterlibatan akun hanya tersedia untuk penyewa di {regions}. Penyewa di wilayah lain tidak dapat menggunakannya, jadi pengayaan tidak dapat dikonfigurasi. Tidak ada yang disimpan.',

  // 2. Mailboxes
  'enrichment.mailboxes.title': 'Kotak surat yang dipantau',
  'enrichment.mailboxes.intro': 'Masukkan pengguna dan grup yang kotak suratnya akan dibaca: alamat email, nama grup, atau alamat grup, dipisahkan dengan koma, titik koma, atau baris baru. Anda dapat memantau {min} hingga {max} kotak surat yang berbeda.',
  'enrichment.mailboxes.label': 'Pengguna dan grup',
  'enrichment.mailboxes.placeholder': 'ann@contoso.com; Manajer akun; sales@contoso.com',
  'enrichment.mailboxes.kept': '{count} pengguna dan grup yang dimasukkan sebelumnya tetap disimpan: biarkan kotak ini kosong untuk mempertahankannya, atau masukkan yang lain untuk menggantinya.',
  'enrichment.mailboxes.none': 'Masukkan setidaknya satu pengguna atau grup.',
  'enrichment.mailboxes.invalid': 'Ini bukan alamat email yang valid: {entries}.',
  'enrichment.mailboxes.unknown': 'Tidak ditemukan di direktori Anda: {entries}. Periksa ejaannya atau hapus entri tersebut.',
  'enrichment.mailboxes.tooFew': 'Pengguna dan grup ini mencakup {mailboxes}; diperlukan setidaknya {min}. Tambahkan pengguna atau grup.',
  'enrichment.mailboxes.tooMany': 'Pengguna dan grup ini mencakup {mailboxes}; maksimal {max} yang dapat dipantau. Kurangi pengguna atau grup.',
  'enrichment.mailboxes.withoutMailbox': 'Anggota berikut tidak memiliki kotak surat sehingga tidak disertakan: {names}.',
  'enrichment.mailboxes.resolved': 'Pengguna dan grup ini mencakup {mailboxes}.',
  'enrichment.mailboxes.later': 'Direktori belum dapat dibaca ({reason}), jadi pengguna dan grup akan ditentukan saat proses pertama.',

  // 3. Privacy statement
  'enrichment.consent.title': 'Pernyataan privasi',
  'enrichment.consent.statement': 'Untuk mengukur keterlibatan, Rapport membaca metadata email dan rapat dari kotak surat yang dipantau selama setahun terakhir: siapa yang mengirim email kepada atau bertemu dengan siapa, dan kapan. Rapport tidak pernah membaca isi pesan, subjek, atau lampiran. Hanya agregat per akun yang disimpan; metadatanya sendiri tidak disimpan.',
  'enrichment.consent.responsibility': 'Dengan menyetujui, Anda menyatakan bahwa organisasi Anda boleh memproses data ini sesuai kebijakan privasinya dan bahwa orang-orang yang kotak suratnya dipantau sudah diberi tahu.',
  'enrichment.consent.label': 'Pernyataan privasi',
  'enrichment.consent.agree': 'Saya setuju',
  'enrichment.consent.required': 'Centang “Saya setuju” untuk melanjutkan: pengayaan tidak dapat dikonfigurasi tanpa persetujuan atas pernyataan privasi.',

  // 4. Dataset
  'enrichment.dataset.title': 'Himpunan data pelanggan',
  'enrichment.dataset.intro': 'Pilih himpunan data kontak pelanggan Anda (satu baris per kontak, beserta akun tempat kontak tersebut berada).',
  'enrichment.dataset.uploadHere': 'Atau unggah file CSV dengan baris header: lampirkan ke pesan di obrolan ini.',
  'enrichment.dataset.uploadPersonal': 'Untuk mengunggah file CSV, buka obrolan pribadi dengan Rapport: file hanya dapat diunggah di sana.',
  'enrichment.dataset.noneRegistered': 'Belum ada himpunan data yang terdaftar.',
  'enrichment.dataset.label': 'Himpunan data',
  'enrichment.dataset.choice': '{name} ({rows})',
  'enrichment.dataset.required': 'Pilih himpunan data atau unggah file CSV.',
  'enrichment.dataset.unknown': 'Tidak ada himpunan data “{name}”. Pilih dari daftar atau unggah file CSV.',
  'enrichment.dataset.notPersonal': 'File hanya dapat diunggah di obrolan pribadi dengan Rapport. Unggah di sana, atau pilih himpunan data yang terdaftar.',
  'enrichment.dataset.notCsv': '“{name}” bukan file CSV. Lampirkan file .csv dengan baris header.',
  'enrichment.dataset.uploadFailed': 'File tidak didaftarkan: {reason}',

  // 5. Account fields
  'enrichment.profile.title': 'Bidang akun',
  'enrichment.profile.intro': 'Pilih kolom “{dataset}” yang berisi setiap bidang akun. ID akun wajib diisi; yang lain opsional.',
  'enrichment.profile.accountId': 'ID akun',
  'enrichment.profile.accountName': 'Nama akun',
  'enrichment.profile.domain': 'Domain akun',
  'enrichment.profile.owner': 'Pemilik akun',
  'enrichment.profile.accountIdRequired': 'Pilih kolom yang berisi ID akun.',

  // 6. Email field
  'enrichment.email.title': 'Bidang email',
  'enrichment.email.intro': 'Pilih kolom “{dataset}” yang berisi alamat email kontak: peserta email dan rapat dicocokkan dengan akun melalui kolom ini.',
  'enrichment.email.label': 'Kolom email',
  'enrichment.email.required': 'Pilih kolom yang berisi alamat email kontak.',
  'enrichment.email.notEmails': 'Hanya {percent}% nilai di “{column}” yang berupa alamat email ({emails} dari {sampled} yang diperiksa). Pilih kolom yang berisi alamat email kontak.',

  // 7. Names
  'enrichment.names.title': 'Nama',
  'enrichment.names.intro': 'Beri nama pengayaan dan tabel output tempat hasilnya ditulis: hanya huruf, angka, dan garis bawah.',
  'enrichment.names.name': 'Nama pengayaan',
  'enrichment.names.outputTable': 'Nama tabel output',
  'enrichment.names.hint': 'Hanya huruf, angka, dan garis bawah.',
  'enrichment.names.empty': 'Isi {field}.',
  'enrichment.names.characters': '“{value}” tidak dapat dipakai sebagai {field}: hanya huruf, angka, dan garis bawah yang diizinkan.',
  'enrichment.names.same': 'Nama pengayaan dan nama tabel output harus berbeda.',
  'enrichment.names.dataset': '“{value}” tidak dapat dipakai sebagai {field} karena sudah menjadi nama himpunan data “{dataset}”. Pilih nama lain.',
  'enrichment.names.reserved': '“{value}” tidak dapat dipakai sebagai {field} karena sudah dicadangkan: itu nama tabel yang ditulis Rapport sendiri.',

  // 8. Review
  'enrichment.review.title': 'Tinjau dan simpan',
  'enrichment.review.intro': 'Periksa pengaturannya, lalu simpan. Setelah itu, pengayaan berjalan sesuai jadwalnya.',
  'enrichment.review.replaces': 'Menyimpan akan mengganti pengayaan “{name}” yang disimpan sebelumnya.',
  'enrichment.review.typeSave': 'Untuk menyimpan pengaturan ini, pilih Simpan atau ketik “simpan”.',
  'enrichment.review.incomplete': 'Ada langkah yang belum lengkap. Kembali dan lengkapi sebelum menyimpan.',
  'enrichment.review.datasetGone': 'Himpunan data yang dipilih sudah tidak terdaftar. Kembali dan pilih yang lain.',
} as const satisfies Translation<typeof english>;
