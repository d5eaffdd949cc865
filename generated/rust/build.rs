// copied from runtime/rust/build.rs by sffi-gen; edit that file, not this copy
//! Links libtorch_sffi.so, the C bridge that `sffi-gen build` compiles, so that every binary
//! built on this crate finds it at run time without `LD_LIBRARY_PATH`.
//!
//! The folder comes from TORCH_SFFI_LIB_DIR, or defaults to build/lib of the torch-sffi
//! checkout (../../build/lib from this crate). Then:
//! * this crate's own tests, examples and doctests get the folder as their run path (rpath);
//! * the library is linked into OUT_DIR/lib and that folder is the link search path: Cargo puts
//!   search paths inside its target folder on the library path of what it runs, so a dependent
//!   crate's `cargo run` and `cargo test` find the bridge with no build script of their own;
//! * the folder is published to dependent crates' build scripts as DEP_TORCH_SFFI_LIB_DIR (this
//!   crate declares `links = "torch_sffi"`), for a dependent whose binaries run outside Cargo:
//!   its build.rs adds `cargo:rustc-link-arg=-Wl,-rpath,<that folder>`.
//!
//! Installed layouts: TORCH_SFFI_RPATH replaces the run path embedded here (for example
//! `$ORIGIN/../lib` where the binaries and the bridge are installed side by side); an empty
//! value embeds none.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

const LIBRARY: &str = "libtorch_sffi.so";

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=TORCH_SFFI_LIB_DIR");
    println!("cargo:rerun-if-env-changed=TORCH_SFFI_RPATH");
    let dir = match env::var_os("TORCH_SFFI_LIB_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => {
            let manifest = env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
            PathBuf::from(manifest).join("..").join("..").join("build").join("lib")
        }
    };
    let dir = dir.canonicalize().unwrap_or(dir);
    let library = dir.join(LIBRARY);
    if library.is_file() {
        println!("cargo:rerun-if-changed={}", library.display());
        let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("lib");
        match link_into(&library, &out) {
            Ok(()) => println!("cargo:rustc-link-search=native={}", out.display()),
            Err(error) => println!("cargo:warning=could not link {} into {}: {error}", library.display(), out.display()),
        }
    } else {
        println!(
            "cargo:warning={} not found: run `sffi-gen build` in the torch-sffi checkout, or set TORCH_SFFI_LIB_DIR",
            library.display()
        );
    }
    println!("cargo:rustc-link-search=native={}", dir.display());
    println!("cargo:rustc-link-lib=dylib=torch_sffi");
    let rpath = env::var("TORCH_SFFI_RPATH").unwrap_or_else(|_| dir.display().to_string());
    if !rpath.is_empty() {
        println!("cargo:rustc-link-arg=-Wl,-rpath,{rpath}");
    }
    println!("cargo:lib_dir={}", dir.display());
}

/// `out/libtorch_sffi.so` as a symbolic link to the library (a copy where links fail).
fn link_into(library: &Path, out: &Path) -> std::io::Result<()> {
    fs::create_dir_all(out)?;
    let target = out.join(LIBRARY);
    if fs::symlink_metadata(&target).is_ok() {
        fs::remove_file(&target)?;
    }
    #[cfg(unix)]
    let linked = std::os::unix::fs::symlink(library, &target);
    #[cfg(not(unix))]
    let linked = Err(std::io::Error::other("no symbolic links"));
    linked.or_else(|_| fs::copy(library, &target).map(|_| ()))
}
