//! Compiles the method cards (`content/cards/*.toml`) into Rust statics.
//!
//! Every card is validated here (both languages, no empty section, slug = file name, related
//! cards and worksheets exist, known life domains, phases and partners); a broken card stops the
//! build with one line per problem. The app then needs no parser at run time.

#[path = "src/content/schema.rs"]
#[allow(dead_code)]
mod schema;

use std::path::Path;

fn main() {
    let dir = Path::new("content/cards");
    println!("cargo:rerun-if-changed=content/cards");
    println!("cargo:rerun-if-changed=src/content/schema.rs");
    println!("cargo:rerun-if-changed=build.rs");

    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| fail(&[format!("cannot read {}: {e}", dir.display())]))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();

    let mut cards = Vec::new();
    let mut errors = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                errors.push(format!("{}: cannot read: {e}", path.display()));
                continue;
            }
        };
        match toml::from_str::<schema::RawCard>(&text) {
            Ok(card) => cards.push((stem, card)),
            Err(e) => errors.push(format!("{}: not valid card TOML: {e}", path.display())),
        }
    }
    if files.is_empty() {
        errors.push(format!("no cards found in {}", dir.display()));
    }
    errors.extend(schema::validate(&cards));
    if !errors.is_empty() {
        fail(&errors);
    }

    let mut code = schema::generate(&cards);
    code.push_str(&format!(
        "/// Bytes of card text compiled into the app (before compression).\npub const CARD_TEXT_BYTES: usize = {};\n",
        schema::text_bytes(&cards)
    ));
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("cards.rs");
    std::fs::write(&out, code).unwrap_or_else(|e| fail(&[format!("cannot write {}: {e}", out.display())]));
}

fn fail(errors: &[String]) -> ! {
    eprintln!("\nThe method cards in content/cards/ have {} problem(s):", errors.len());
    for e in errors {
        eprintln!("  - {e}");
    }
    eprintln!("Fix the card file(s) above; the schema is described in content/README.md.\n");
    std::process::exit(1);
}
