// copied from runtime/rust/build.rs by sffi-gen; edit that file, not this copy
//! Links libtorch_sffi.so, the C bridge that `sffi-gen build` compiles.
//!
//! The folder comes from TORCH_SFFI_LIB_DIR, or defaults to build/lib of the torch-sffi
//! checkout (../../build/lib from this crate). The folder is embedded as a run path in this
//! crate's own tests and examples, and published to dependent crates' build scripts as
//! DEP_TORCH_SFFI_LIB_DIR (this crate declares `links = "torch_sffi"`): a dependent adds
//! `-Wl,-rpath,<that folder>` itself, since Cargo passes link arguments to one package only.

use std::env;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=TORCH_SFFI_LIB_DIR");
    let dir = match env::var_os("TORCH_SFFI_LIB_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => {
            let manifest = env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
            PathBuf::from(manifest).join("..").join("..").join("build").join("lib")
        }
    };
    let dir = dir.canonicalize().unwrap_or(dir);
    let library = dir.join("libtorch_sffi.so");
    if library.is_file() {
        println!("cargo:rerun-if-changed={}", library.display());
    } else {
        println!(
            "cargo:warning={} not found: run `sffi-gen build` in the torch-sffi checkout, or set TORCH_SFFI_LIB_DIR",
            library.display()
        );
    }
    println!("cargo:rustc-link-search=native={}", dir.display());
    println!("cargo:rustc-link-lib=dylib=torch_sffi");
    println!("cargo:rustc-link-arg=-Wl,-rpath,{}", dir.display());
    println!("cargo:lib_dir={}", dir.display());
}
