//! Embeds the run path of libtorch_sffi.so in the test binaries. Cargo passes a crate's
//! link arguments to that crate's own targets only, so the generated crate publishes the
//! folder (`links = "torch_sffi"` -> DEP_TORCH_SFFI_LIB_DIR) and a dependent adds it here.

fn main() {
    println!("cargo:rerun-if-env-changed=DEP_TORCH_SFFI_LIB_DIR");
    let dir = std::env::var("DEP_TORCH_SFFI_LIB_DIR").expect("the torch-sffi crate publishes its library folder");
    println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}");
}
