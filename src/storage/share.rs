//! Sealed files between the coach's phone and the young person's: a [`Parcel`] encrypted with
//! a key from the [`ShareCode`] shown on the sending screen (the file's layout and the code
//! are plain Rust in `domain::exchange`; this is the WebCrypto part).
//!
//! Opening tells apart what the screen must say differently: a wrong code (AES-GCM refused),
//! another kind of file, a file cut off, a file from a newer app, no WebCrypto here, and a
//! plain backup from before sealed files (read the old way, no code needed).

use crate::domain::exchange::file::{plain_text, SealedFile, FileError, ITERATIONS, IV_LEN, SALT_LEN};
use crate::domain::exchange::{new_code, CodeError, Parcel, ParcelError, ShareCode};

use super::crypto::{self, CryptoError};

/// Why a file was not sealed or opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The code does not open this file (or the file was changed after sealing).
    WrongCode,
    /// The typed code cannot be a code (too short, a character codes never hold).
    BadCode(CodeError),
    /// Not a file of this app.
    NotOurFile,
    /// A file of this app, cut off.
    Truncated,
    /// From a newer version of the app: update first.
    TooNew,
    TooLarge,
    /// This browser offers no WebCrypto here.
    Unavailable,
    /// A plain (unsealed) backup from an older version: its text, for the backup import.
    PlainBackup(String),
}

impl From<CryptoError> for ShareError {
    fn from(e: CryptoError) -> Self {
        match e {
            CryptoError::Unavailable => ShareError::Unavailable,
            CryptoError::Rejected => ShareError::WrongCode,
            CryptoError::Format => ShareError::NotOurFile,
        }
    }
}

impl From<FileError> for ShareError {
    fn from(e: FileError) -> Self {
        match e {
            FileError::NotOurFile => ShareError::NotOurFile,
            FileError::Truncated => ShareError::Truncated,
            FileError::TooNew { .. } => ShareError::TooNew,
            FileError::TooLarge { .. } => ShareError::TooLarge,
        }
    }
}

/// A fresh code from the browser's random generator, to show on the sending screen.
pub fn new_share_code() -> Result<ShareCode, ShareError> {
    Ok(new_code(crypto::random_bytes()?))
}

/// What a picked file is, before asking for a code: `Ok` for a sealed file of ours; a plain
/// backup, another file, a cut-off one or one from a newer app as the error.
pub fn check_file(bytes: &[u8]) -> Result<SealedFile, ShareError> {
    match SealedFile::parse(bytes) {
        Ok(file) => Ok(file),
        Err(FileError::NotOurFile) => match plain_text(bytes) {
            Some(text) => Err(ShareError::PlainBackup(text.to_string())),
            None => Err(ShareError::NotOurFile),
        },
        Err(e) => Err(e.into()),
    }
}

/// Seals `parcel` with `code`: fresh salt and IV, PBKDF2 with [`ITERATIONS`] rounds.
pub async fn seal_parcel(code: &ShareCode, parcel: &Parcel) -> Result<Vec<u8>, ShareError> {
    let salt: [u8; SALT_LEN] = crypto::random_bytes()?;
    let iv: [u8; IV_LEN] = crypto::random_bytes()?;
    let key = crypto::derive_file_key(code.as_str(), &salt, ITERATIONS).await?;
    let ciphertext = crypto::encrypt_bytes(&key, &iv, parcel.to_json().as_bytes()).await?;
    Ok(SealedFile { salt, iv, ciphertext }.to_bytes())
}

/// Opens a received file with the code as typed (forgiving: see `domain::exchange::code`).
/// The file is checked before the code, so a plain backup needs none.
pub async fn open_file(typed_code: &str, bytes: &[u8]) -> Result<Parcel, ShareError> {
    let file = check_file(bytes)?;
    let code = ShareCode::parse(typed_code).map_err(ShareError::BadCode)?;
    let key = crypto::derive_file_key(code.as_str(), &file.salt, ITERATIONS).await?;
    let plain = crypto::decrypt_bytes(&key, &file.iv, &file.ciphertext).await?;
    Parcel::parse(&plain).map_err(|e| match e {
        ParcelError::TooNew { .. } => ShareError::TooNew,
        // Sealed with the right code, yet not a parcel: made by something else than this app.
        ParcelError::NotOurs | ParcelError::BadCase => ShareError::NotOurFile,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picked_file_is_told_apart_before_any_code() {
        let file = SealedFile { salt: [1; SALT_LEN], iv: [2; IV_LEN], ciphertext: vec![3; 40] };
        assert_eq!(check_file(&file.to_bytes()), Ok(file.clone()));
        let backup = "{\"format\":\"back-on-track-backup\",\"schema\":1}";
        assert_eq!(check_file(backup.as_bytes()), Err(ShareError::PlainBackup(backup.into())));
        assert_eq!(check_file(b"%PDF-1.7"), Err(ShareError::NotOurFile));
        assert_eq!(check_file(&file.to_bytes()[..30]), Err(ShareError::Truncated));
        let mut newer = file.to_bytes();
        newer[4] = 9;
        assert_eq!(check_file(&newer), Err(ShareError::TooNew));
    }

    #[test]
    fn without_webcrypto_sealing_says_unavailable() {
        let code = new_code([7; 8]);
        let parcel = Parcel::backup(String::new());
        let sealed = futures_lite_block_on(seal_parcel(&code, &parcel));
        assert_eq!(sealed, Err(ShareError::Unavailable));
        assert_eq!(new_share_code(), Err(ShareError::Unavailable));
        let file = SealedFile { salt: [1; SALT_LEN], iv: [2; IV_LEN], ciphertext: vec![3; 40] };
        assert_eq!(futures_lite_block_on(open_file("abcd", &file.to_bytes())), Err(ShareError::BadCode(CodeError::TooShort { typed: 4 })));
        assert_eq!(futures_lite_block_on(open_file(&code.to_string(), &file.to_bytes())), Err(ShareError::Unavailable));
    }

    /// Runs a future that never waits (the native stubs answer at once).
    fn futures_lite_block_on<F: std::future::Future>(f: F) -> F::Output {
        use std::task::{Context, Poll, Waker};
        let mut f = std::pin::pin!(f);
        match f.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(v) => v,
            Poll::Pending => panic!("the native stubs never wait"),
        }
    }
}
