//! Encryption for the passcode lock, done entirely by the browser's WebCrypto (`crypto.subtle`).
//! Nothing here implements a cipher: we only call PBKDF2, AES-GCM, wrapKey and unwrapKey.
//!
//! - The passcode becomes a *wrapping key* with PBKDF2-SHA-256 (≥ 600,000 iterations, a random
//!   16-byte salt). It is never stored and only lives for the length of one unlock.
//! - The data itself is sealed with a random AES-GCM-256 *data key*, stored only wrapped
//!   (encrypted) by the wrapping key. Changing the passcode re-wraps that one key, a single write,
//!   so a crash half-way can never leave values sealed under two different keys.
//! - Every sealed value gets a fresh random 12-byte IV. Sealed text is small JSON:
//!   `{"sealed":1,"iv":"<base64>","ct":"<base64>"}` (`ct` includes AES-GCM's 16-byte tag, so any
//!   change to the text or a wrong key makes opening fail instead of giving garbage).
//!
//! - A sealed file for the other phone (`storage::share`) is encrypted the same way with a key
//!   derived from its share code and the file's own salt ([`derive_file_key`]).
//!
//! The text format and base64 are plain Rust and tested natively; the WebCrypto calls are tested
//! in headless Chromium (`tests/web_lock.rs`).

use serde::Deserialize;

/// Length of an AES-GCM IV (the size WebCrypto and NIST recommend).
pub const IV_LEN: usize = 12;
/// Length of the PBKDF2 salt.
pub const SALT_LEN: usize = 16;
/// AES-GCM appends a 16-byte authentication tag to every ciphertext.
pub const TAG_LEN: usize = 16;

/// What can go wrong with encryption.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// The browser offers no WebCrypto here (an `http://` address other than localhost, or a
    /// very old browser).
    Unavailable,
    /// WebCrypto refused: a wrong key (wrong passcode) or a changed ciphertext.
    Rejected,
    /// The sealed text is not in our format.
    Format,
}

// ---------------------------------------------------------------------------------------------
// base64 (standard alphabet, padded): bytes in our JSON texts.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b1 = chunk.get(1).copied().unwrap_or(0) as u32;
        let b2 = chunk.get(2).copied().unwrap_or(0) as u32;
        let n = (chunk[0] as u32) << 16 | b1 << 8 | b2;
        out.push(ALPHABET[(n >> 18) as usize & 63] as char);
        out.push(ALPHABET[(n >> 12) as usize & 63] as char);
        out.push(if chunk.len() > 1 { ALPHABET[(n >> 6) as usize & 63] as char } else { '=' });
        out.push(if chunk.len() > 2 { ALPHABET[n as usize & 63] as char } else { '=' });
    }
    out
}

fn sextet(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// Decodes padded standard base64; `None` for anything else (wrong length, stray characters,
/// padding in the middle).
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let groups = bytes.len() / 4;
    let mut out = Vec::with_capacity(groups * 3);
    for (i, chunk) in bytes.chunks(4).enumerate() {
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && i + 1 != groups) {
            return None;
        }
        let mut n = 0u32;
        for &c in &chunk[..4 - pad] {
            n = n << 6 | sextet(c)?;
        }
        n <<= 6 * pad as u32;
        out.push((n >> 16) as u8);
        if pad < 2 {
            out.push((n >> 8) as u8);
        }
        if pad < 1 {
            out.push(n as u8);
        }
    }
    Some(out)
}

// ---------------------------------------------------------------------------------------------
// The sealed-text format.

/// One sealed value: the IV and the ciphertext (with its tag).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub iv: [u8; IV_LEN],
    pub ct: Vec<u8>,
}

#[derive(Deserialize)]
struct SealedJson {
    sealed: u32,
    iv: String,
    ct: String,
}

/// Quick test whether stored text is sealed (our writer always starts it like this), so plain
/// envelopes (`{"schema":…`) are told apart without parsing.
pub fn looks_sealed(text: &str) -> bool {
    text.starts_with("{\"sealed\":")
}

impl Sealed {
    /// The stored form, `{"sealed":1,"iv":"…","ct":"…"}`.
    pub fn to_text(&self) -> String {
        format!("{{\"sealed\":1,\"iv\":\"{}\",\"ct\":\"{}\"}}", base64_encode(&self.iv), base64_encode(&self.ct))
    }

    /// Reads the stored form; refuses other versions, a wrong IV length or a ciphertext too short
    /// to hold its tag.
    pub fn parse(text: &str) -> Result<Sealed, CryptoError> {
        let j: SealedJson = serde_json::from_str(text).map_err(|_| CryptoError::Format)?;
        Self::from_parts(j.sealed, &j.iv, &j.ct)
    }

    pub(crate) fn from_parts(version: u32, iv: &str, ct: &str) -> Result<Sealed, CryptoError> {
        if version != 1 {
            return Err(CryptoError::Format);
        }
        let iv: [u8; IV_LEN] =
            base64_decode(iv).and_then(|v| v.try_into().ok()).ok_or(CryptoError::Format)?;
        let ct = base64_decode(ct).filter(|c| c.len() >= TAG_LEN).ok_or(CryptoError::Format)?;
        Ok(Sealed { iv, ct })
    }
}

// ---------------------------------------------------------------------------------------------
// WebCrypto calls (wasm only; on the native target every call reports `Unavailable`).

pub use web::*;

#[cfg(target_arch = "wasm32")]
mod web {
    use js_sys::{Array, Uint8Array};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

    use super::{CryptoError, Sealed, IV_LEN};

    fn crypto() -> Result<web_sys::Crypto, CryptoError> {
        let w = web_sys::window().ok_or(CryptoError::Unavailable)?;
        if !w.is_secure_context() {
            return Err(CryptoError::Unavailable);
        }
        w.crypto().map_err(|_| CryptoError::Unavailable)
    }

    fn subtle() -> Result<SubtleCrypto, CryptoError> {
        let s = crypto()?.subtle();
        if s.is_undefined() {
            return Err(CryptoError::Unavailable);
        }
        Ok(s)
    }

    /// Whether this browser can do the passcode lock here (WebCrypto needs a secure context).
    pub fn available() -> bool {
        subtle().is_ok()
    }

    /// `N` bytes from the browser's cryptographic random generator.
    pub fn random_bytes<const N: usize>() -> Result<[u8; N], CryptoError> {
        let mut buf = [0u8; N];
        crypto()?.get_random_values_with_u8_array(&mut buf).map_err(|_| CryptoError::Unavailable)?;
        Ok(buf)
    }

    fn usages(list: &[&str]) -> JsValue {
        list.iter().map(|u| JsValue::from_str(u)).collect::<Array>().into()
    }

    fn aes_gcm() -> AesDerivedKeyParams {
        AesDerivedKeyParams::new("AES-GCM", 256)
    }

    fn gcm(iv: &[u8; IV_LEN]) -> AesGcmParams {
        AesGcmParams::new("AES-GCM", &Uint8Array::from(&iv[..]))
    }

    async fn run(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, CryptoError> {
        JsFuture::from(promise.map_err(|_| CryptoError::Rejected)?).await.map_err(|_| CryptoError::Rejected)
    }

    /// A non-extractable AES-GCM-256 key from `secret` with PBKDF2-SHA-256, `iterations`
    /// rounds and `salt`, allowed only `key_usages`.
    async fn derive_key(secret: &str, salt: &[u8], iterations: u32, key_usages: &[&str]) -> Result<CryptoKey, CryptoError> {
        let s = subtle()?;
        let raw = Uint8Array::from(secret.as_bytes());
        let base = run(s.import_key_with_str("raw", &raw, "PBKDF2", false, &usages(&["deriveKey"]))).await?;
        let params = Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &Uint8Array::from(salt));
        let key = run(s.derive_key_with_object_and_object(&params, base.unchecked_ref(), &aes_gcm(), false, &usages(key_usages)))
            .await?;
        Ok(key.unchecked_into())
    }

    /// Turns a passcode into a non-extractable AES-GCM-256 key that can only wrap and unwrap
    /// keys: PBKDF2 with SHA-256, `iterations` rounds and `salt`.
    pub async fn derive_wrapping_key(passcode: &str, salt: &[u8], iterations: u32) -> Result<CryptoKey, CryptoError> {
        derive_key(passcode, salt, iterations, &["wrapKey", "unwrapKey"]).await
    }

    /// Turns a share code into the non-extractable AES-GCM-256 key of one sealed file
    /// (encrypt and decrypt only): PBKDF2 with SHA-256, `iterations` rounds and the file's salt.
    pub async fn derive_file_key(code: &str, salt: &[u8], iterations: u32) -> Result<CryptoKey, CryptoError> {
        derive_key(code, salt, iterations, &["encrypt", "decrypt"]).await
    }

    /// AES-GCM-encrypts `plain` under `iv` (the caller makes it fresh); the tag is appended.
    pub async fn encrypt_bytes(key: &CryptoKey, iv: &[u8; IV_LEN], plain: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let buf = run(subtle()?.encrypt_with_object_and_u8_array(&gcm(iv), key, plain)).await?;
        Ok(Uint8Array::new(&buf).to_vec())
    }

    /// Opens what [`encrypt_bytes`] sealed; [`CryptoError::Rejected`] for a wrong key or a
    /// changed byte.
    pub async fn decrypt_bytes(key: &CryptoKey, iv: &[u8; IV_LEN], sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let buf = run(subtle()?.decrypt_with_object_and_u8_array(&gcm(iv), key, sealed)).await?;
        Ok(Uint8Array::new(&buf).to_vec())
    }

    /// A fresh random AES-GCM-256 data key. Extractable only so it can be wrapped once; the
    /// copy used afterwards comes from [`unwrap_data_key`] and is not extractable.
    pub async fn new_data_key() -> Result<CryptoKey, CryptoError> {
        let key = run(subtle()?.generate_key_with_object(&aes_gcm(), true, &usages(&["encrypt", "decrypt"]))).await?;
        Ok(key.unchecked_into())
    }

    /// Encrypts `key` with `wrapping` (AES-GCM, fresh IV).
    pub async fn wrap_data_key(key: &CryptoKey, wrapping: &CryptoKey) -> Result<Sealed, CryptoError> {
        let iv = random_bytes::<IV_LEN>()?;
        let buf = run(subtle()?.wrap_key_with_object("raw", key, wrapping, &gcm(&iv))).await?;
        Ok(Sealed { iv, ct: Uint8Array::new(&buf).to_vec() })
    }

    /// Decrypts a wrapped data key. Fails with [`CryptoError::Rejected`] for a wrong passcode.
    pub async fn unwrap_data_key(
        wrapped: &Sealed,
        wrapping: &CryptoKey,
        extractable: bool,
    ) -> Result<CryptoKey, CryptoError> {
        let key = run(subtle()?.unwrap_key_with_u8_array_and_object_and_object(
            "raw",
            &wrapped.ct,
            wrapping,
            &gcm(&wrapped.iv),
            &aes_gcm(),
            extractable,
            &usages(&["encrypt", "decrypt"]),
        ))
        .await?;
        Ok(key.unchecked_into())
    }

    /// Seals `text` with the data key; returns the stored form.
    pub async fn seal(key: &CryptoKey, text: &str) -> Result<String, CryptoError> {
        let iv = random_bytes::<IV_LEN>()?;
        let buf = run(subtle()?.encrypt_with_object_and_u8_array(&gcm(&iv), key, text.as_bytes())).await?;
        Ok(Sealed { iv, ct: Uint8Array::new(&buf).to_vec() }.to_text())
    }

    /// Opens a stored sealed text.
    pub async fn open(key: &CryptoKey, sealed_text: &str) -> Result<String, CryptoError> {
        let sealed = Sealed::parse(sealed_text)?;
        let buf = run(subtle()?.decrypt_with_object_and_u8_array(&gcm(&sealed.iv), key, &sealed.ct)).await?;
        String::from_utf8(Uint8Array::new(&buf).to_vec()).map_err(|_| CryptoError::Format)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod web {
    //! Native builds (unit tests) have no WebCrypto: the lock reports itself unavailable.
    use super::{CryptoError, Sealed, IV_LEN};
    use web_sys::CryptoKey;

    pub fn available() -> bool {
        false
    }
    pub fn random_bytes<const N: usize>() -> Result<[u8; N], CryptoError> {
        Err(CryptoError::Unavailable)
    }
    pub async fn derive_wrapping_key(_: &str, _: &[u8], _: u32) -> Result<CryptoKey, CryptoError> {
        Err(CryptoError::Unavailable)
    }
    pub async fn derive_file_key(_: &str, _: &[u8], _: u32) -> Result<CryptoKey, CryptoError> {
        Err(CryptoError::Unavailable)
    }
    pub async fn encrypt_bytes(_: &CryptoKey, _: &[u8; IV_LEN], _: &[u8]) -> Result<Vec<u8>, CryptoError> {
        Err(CryptoError::Unavailable)
    }
    pub async fn decrypt_bytes(_: &CryptoKey, _: &[u8; IV_LEN], _: &[u8]) -> Result<Vec<u8>, CryptoError> {
        Err(CryptoError::Unavailable)
    }
    pub async fn new_data_key() -> Result<CryptoKey, CryptoError> {
        Err(CryptoError::Unavailable)
    }
    pub async fn wrap_data_key(_: &CryptoKey, _: &CryptoKey) -> Result<Sealed, CryptoError> {
        Err(CryptoError::Unavailable)
    }
    pub async fn unwrap_data_key(_: &Sealed, _: &CryptoKey, _: bool) -> Result<CryptoKey, CryptoError> {
        Err(CryptoError::Unavailable)
    }
    pub async fn seal(_: &CryptoKey, _: &str) -> Result<String, CryptoError> {
        Err(CryptoError::Unavailable)
    }
    pub async fn open(_: &CryptoKey, _: &str) -> Result<String, CryptoError> {
        Err(CryptoError::Unavailable)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_4648_vectors() {
        let vectors = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in vectors {
            assert_eq!(base64_encode(plain.as_bytes()), encoded);
            assert_eq!(base64_decode(encoded).as_deref(), Some(plain.as_bytes()));
        }
    }

    #[test]
    fn base64_round_trips_every_byte_and_length() {
        let all: Vec<u8> = (0..=255u8).collect();
        for len in 0..all.len() {
            let enc = base64_encode(&all[..len]);
            assert_eq!(enc.len() % 4, 0);
            assert_eq!(base64_decode(&enc).unwrap(), &all[..len]);
        }
        assert_eq!(base64_encode(&[0xfb, 0xff]), "+/8=");
    }

    #[test]
    fn base64_refuses_what_is_not_base64() {
        for bad in ["Zg", "Zg=", "Z===", "Zg==Zm9v", "Zm9v\n", "Zm 9", "Zm9-", "é123", "=AAA"] {
            assert_eq!(base64_decode(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn sealed_text_round_trips_and_is_recognised() {
        let s = Sealed { iv: [7; IV_LEN], ct: (0..40).collect() };
        let text = s.to_text();
        assert!(text.starts_with("{\"sealed\":1,\"iv\":\""));
        assert!(looks_sealed(&text));
        assert_eq!(Sealed::parse(&text), Ok(s));
        // Plain envelopes are never mistaken for sealed ones.
        assert!(!looks_sealed(r#"{"schema":1,"rev":3,"app":"0.1.0","data":{}}"#));
    }

    #[test]
    fn sealed_text_refuses_damage() {
        let iv = base64_encode(&[1; IV_LEN]);
        let ct = base64_encode(&[2; 32]);
        let ok = format!(r#"{{"sealed":1,"iv":"{iv}","ct":"{ct}"}}"#);
        assert!(Sealed::parse(&ok).is_ok());
        let short_iv = base64_encode(&[1; 8]);
        let short_ct = base64_encode(&[2; TAG_LEN - 1]);
        for bad in [
            "".to_string(),
            "{\"sealed\":1".to_string(),
            format!(r#"{{"sealed":2,"iv":"{iv}","ct":"{ct}"}}"#),
            format!(r#"{{"sealed":1,"iv":"{short_iv}","ct":"{ct}"}}"#),
            format!(r#"{{"sealed":1,"iv":"{iv}","ct":"{short_ct}"}}"#),
            format!(r#"{{"sealed":1,"iv":"{iv}","ct":"not base64!"}}"#),
            format!(r#"{{"sealed":1,"iv":"{iv}"}}"#),
            format!(r#"{{"sealed":"1","iv":"{iv}","ct":"{ct}"}}"#),
        ] {
            assert_eq!(Sealed::parse(&bad), Err(CryptoError::Format), "{bad}");
        }
    }

    #[test]
    fn webcrypto_is_reported_unavailable_on_the_native_target() {
        assert!(!available());
        assert_eq!(random_bytes::<4>(), Err(CryptoError::Unavailable));
    }
}
