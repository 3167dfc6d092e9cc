//! Sealed files between two phones in headless Chromium: real WebCrypto.
//! Run: `cargo test --target wasm32-unknown-unknown --test web_exchange`

#![cfg(target_arch = "wasm32")]

use back_on_track::domain::demo::demo_case;
use back_on_track::domain::exchange::{for_young_person, new_code, Parcel, ParcelKind, Side};
use back_on_track::storage::share::{new_share_code, open_file, seal_parcel, ShareError};
use chrono::NaiveDate;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A name that appears nowhere else: if the file held it in the clear, it would show.
const NAME: &str = "Zebulonius";

fn parcel() -> Parcel {
    let mut case = demo_case(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(), false);
    case.profile.name = NAME.into();
    Parcel::handover(Side::Coach, for_young_person(&case, false))
}

#[wasm_bindgen_test]
async fn seal_then_open_gives_the_parcel_back_and_the_bytes_say_nothing() {
    let code = new_share_code().expect("WebCrypto in headless Chromium");
    let p = parcel();
    let bytes = seal_parcel(&code, &p).await.unwrap();
    assert_eq!(&bytes[..5], b"BOTS\x01");
    let hay = String::from_utf8_lossy(&bytes);
    assert!(!hay.contains(NAME) && !hay.contains("2026") && !hay.contains("profile"));
    // Typed forgivingly: lower case, spaces instead of dashes.
    let typed = code.to_string().to_lowercase().replace('-', " ");
    let opened = open_file(&typed, &bytes).await.unwrap();
    assert_eq!(opened, p);
    let ParcelKind::Handover { from, case } = opened.kind else { panic!("a handover") };
    assert_eq!((from, case.profile.name.as_str()), (Side::Coach, NAME));
    // Every seal has its own salt and IV: the same parcel twice gives other bytes.
    assert_ne!(seal_parcel(&code, &p).await.unwrap(), bytes);
}

#[wasm_bindgen_test]
async fn a_wrong_code_a_changed_byte_and_a_cut_off_file_are_told_apart() {
    let code = new_code([1, 2, 3, 4, 5, 6, 7, 8]);
    let bytes = seal_parcel(&code, &parcel()).await.unwrap();
    let other = new_code([9, 2, 3, 4, 5, 6, 7, 8]);
    assert_eq!(open_file(&other.to_string(), &bytes).await, Err(ShareError::WrongCode));
    let mut changed = bytes.clone();
    let last = changed.len() - 1;
    changed[last] ^= 1;
    assert_eq!(open_file(&code.to_string(), &changed).await, Err(ShareError::WrongCode));
    assert_eq!(open_file(&code.to_string(), &bytes[..40]).await, Err(ShareError::Truncated));
    // Cut inside the ciphertext: the format still holds, AES-GCM refuses.
    assert_eq!(open_file(&code.to_string(), &bytes[..bytes.len() - 5]).await, Err(ShareError::WrongCode));
    assert_eq!(open_file(&code.to_string(), b"GIF89a").await, Err(ShareError::NotOurFile));
    let plain = "{\"format\":\"back-on-track-backup\"}";
    assert_eq!(open_file("", plain.as_bytes()).await, Err(ShareError::PlainBackup(plain.into())));
}

#[wasm_bindgen_test]
async fn a_backup_travels_sealed_too() {
    let code = new_share_code().unwrap();
    let p = Parcel::backup("{\"format\":\"back-on-track-backup\",\"cases\":[]}".into());
    let bytes = seal_parcel(&code, &p).await.unwrap();
    assert_eq!(open_file(code.as_str(), &bytes).await, Ok(p));
}
