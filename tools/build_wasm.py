#!/usr/bin/env python3
"""Builds the app's WebAssembly in parts that download when they are needed, into dist/.

Trunk builds the page, the styles and the static files; this script does the Rust part, because
Trunk cannot split a wasm module yet (trunk-rs/trunk#1022). The first load then carries only the
shell, the home screen and what every screen shares; a part such as the plan or the worksheets
(each `on_demand!` in src/app.rs, a `#[lazy]` function) is fetched the first time one of its
screens opens. The service worker still precaches every part, so the app works offline.

Steps, all with tools from crates.io and npm (the Makefile installs them):
1. cargo build --release for wasm32, linked with --emit-relocs so the module can be taken apart;
2. wasm-split-cli (crates.io: wasm_split_cli_support) cuts it at the #[lazy] functions;
3. wasm-bindgen makes the JS glue for the main module;
4. wasm-opt -Oz (npm: binaryen) shrinks every module, in parallel;
5. everything goes into dist/wasm-<content hash>/, so a new build never mixes with a cached
   older one, and index.html gets the loader script and preload hints.
"""
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

NAME = "back_on_track"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIST = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "dist")
WORK = os.path.join(ROOT, "target", "wasm-split")
MARKER = "<!-- app wasm: tools/build_wasm.py -->"

# Which part a deep link needs, so its files download alongside the main module instead of after
# it. Mirrors the routes in src/app.rs (`Lazy::<…Route>` → the `on_demand!` part that serves it);
# the first match wins. A path that matches none (home, not found) needs no part.
ROUTE_PARTS = [
    (r"^/(ontvangen|jongeren/[^/]+/meegeven|mijn-plan/sturen)(/|$)", "load_exchange"),
    (r"^/(methodieken|cursus)(/|$)", "load_cards"),
    (r"^/(jongeren|traject|mijn-plan)(/|$)", "load_young_people"),
    (r"^/meer(/|$)", "load_more"),
]
# The lock screen (src/pages/lock.rs, `load_lock`): needed first, whatever the address, when a
# passcode is set (`bot.lock` in localStorage).
LOCK_PART = "load_lock"


def part_files(link_js):
    """{part: [wasm files it needs]} from wasm-split's link file: each exported loader fetches its
    own module after the shared chunks it lists."""
    chunk_file = dict(re.findall(r'const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\./([^"]+)"', link_js))
    parts = {}
    for part, own, deps in re.findall(
            r'export const __wasm_split_load_(\w+?)(?:_\d+)? = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\./([^"]+)".*?, \[([^\]]*)\]\)\);',
            link_js, re.S):
        parts[part] = [own] + [chunk_file[d.strip()] for d in deps.split(",") if d.strip()]
    return parts


def run(*cmd, env=None):
    print("build_wasm:", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)


def split_and_optimise(linked):
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    run("wasm-split-cli", linked, WORK, "--out-name", NAME)
    run("wasm-bindgen", "--target", "web", "--keep-lld-exports", "--no-demangle", "--no-typescript",
        "--out-dir", WORK, "--out-name", NAME, os.path.join(WORK, NAME + ".wasm"))
    os.remove(os.path.join(WORK, NAME + ".wasm"))  # the input to wasm-bindgen, not shipped

    modules = sorted(f for f in os.listdir(WORK) if f.endswith(".wasm"))

    def optimise(name):
        path = os.path.join(WORK, name)
        # BUILD_WASM_NAMES=1 keeps function names, for a CPU profile that says where time goes.
        names = ["-g"] if os.environ.get("BUILD_WASM_NAMES") == "1" else []
        subprocess.run(["wasm-opt", "-Oz", *names, path, "-o", path], check=True, cwd=ROOT,
                       stderr=subprocess.DEVNULL)
        return name

    # The main module first: it is by far the largest, so the small parts fill the other core.
    modules.sort(key=lambda n: -os.path.getsize(os.path.join(WORK, n)))
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(optimise, modules))
    print(f"build_wasm: {len(modules)} wasm modules optimised", flush=True)


def main():
    env = dict(os.environ)
    # The same flags as .cargo/config.toml, plus the relocations wasm-split needs. RUSTFLAGS
    # replaces the config's list, so erase_components is repeated here.
    env["RUSTFLAGS"] = "--cfg erase_components -Clink-args=--emit-relocs"
    # Panic locations name their source files; without the machine's registry folder
    # (/root/.cargo/registry/src/index.crates.io-<hash>/) in front of each, the main module is
    # about 1 KB smaller (gzip) and the build does not depend on where cargo keeps its sources.
    registry = os.path.join(os.environ.get("CARGO_HOME") or os.path.expanduser("~/.cargo"), "registry", "src")
    for index in sorted(os.listdir(registry)) if os.path.isdir(registry) else []:
        env["RUSTFLAGS"] += f" --remap-path-prefix={os.path.join(registry, index)}/="
    # The same for the crates vendored in this repository (vendor/), which cargo names by their
    # absolute path.
    env["RUSTFLAGS"] += f" --remap-path-prefix={ROOT}/="
    run("cargo", "build", "--release", "--offline", "--target", "wasm32-unknown-unknown",
        "--bin", NAME, env=env)

    linked = os.path.join(ROOT, "target", "wasm32-unknown-unknown", "release", NAME + ".wasm")
    # Splitting and optimising take a minute or two; when the linked module and this script are
    # what they were last time, the parts in target/wasm-split/ are still right.
    stamp = hashlib.sha256(open(linked, "rb").read() + open(__file__, "rb").read()
                           + os.environ.get("BUILD_WASM_NAMES", "").encode()).hexdigest()
    stamp_file = os.path.join(ROOT, "target", "wasm-split.stamp")
    if os.path.isdir(WORK) and os.path.exists(stamp_file) and open(stamp_file).read() == stamp:
        print("build_wasm: the linked wasm is unchanged; reusing target/wasm-split/", flush=True)
    else:
        if os.path.exists(stamp_file):
            os.remove(stamp_file)
        split_and_optimise(linked)
        open(stamp_file, "w").write(stamp)

    digest = hashlib.sha256()
    files = sorted(os.listdir(WORK))
    for name in files:
        digest.update(name.encode())
        digest.update(open(os.path.join(WORK, name), "rb").read())
    folder = "wasm-" + digest.hexdigest()[:16]
    for old in os.listdir(DIST):
        if old.startswith("wasm-"):
            shutil.rmtree(os.path.join(DIST, old))
    shutil.copytree(WORK, os.path.join(DIST, folder))

    parts = part_files(open(os.path.join(WORK, "__wasm_split.js"), encoding="utf-8").read())
    known = {part for _, part in ROUTE_PARTS} | {LOCK_PART}
    if set(parts) != known:
        sys.exit(f"build_wasm: the parts in src/app.rs {sorted(parts)} and ROUTE_PARTS {sorted(known)} differ")
    for part, needed in sorted(parts.items()):
        size = sum(os.path.getsize(os.path.join(WORK, f)) for f in needed)
        print(f"build_wasm: part {part}: {len(needed)} files, {size} B", flush=True)
    json.dump(parts, open(os.path.join(ROOT, "target", "wasm-parts.json"), "w"), indent=1)

    js = f"/{folder}/{NAME}.js"
    wasm = f"/{folder}/{NAME}_bg.wasm"
    link = f"/{folder}/__wasm_split.js"
    routes = ",".join(f"[/{pattern.replace('/', chr(92) + '/')}/,{json.dumps(part)}]" for pattern, part in ROUTE_PARTS)
    # A deep link (or any address with a passcode set: the lock screen is a part too) starts
    # downloading the main module and its part at once: the app draws that screen. The home
    # address waits for the first paint instead: index.html already shows the home screen
    # (with working links), so the app's download never delays it, and the largest
    # paint is that static screen (Lighthouse counts requests started before it against it).
    # wasm-split's loader later fetches the same URLs and gets the preloaded responses; likewise
    # the parts' stylesheet (tools/postbuild.py), which src/browser.rs adds when the part loads.
    # `bot-started` hands the wasm exports to whoever listens (make bench reads its memory).
    loader = (
        f'<script type="module">const parts={json.dumps(parts, separators=(",", ":"))};'
        f'const hit=[{routes}].find(([r])=>r.test(location.pathname));'
        f'let locked=null;try{{locked=localStorage.getItem("bot.lock")}}catch(e){{}}'
        f'const need=[...(locked?parts["{LOCK_PART}"]:[]),...(hit?parts[hit[1]]:[])];'
        f'const pre=(href,as)=>{{const l=document.createElement("link");'
        f'if(as){{l.rel="preload";l.as=as;if(as=="fetch")l.crossOrigin="";}}else l.rel="modulepreload";'
        f'l.href=href;document.head.append(l);}};'
        f'if(need.length){{pre("{js}");pre("{link}");pre("{wasm}","fetch");for(const f of new Set(need))pre("/{folder}/"+f,"fetch");'
        f'const c=document.querySelector("meta[name=part-styles]");if(c)pre(c.content,"style");}}'
        f'else await new Promise((r)=>{{requestAnimationFrame(()=>setTimeout(r));setTimeout(r,200);}});'
        f'const {{default:init}}=await import("{js}");'
        f'const wasm=await init({{module_or_path:"{wasm}"}});'
        f'dispatchEvent(new CustomEvent("bot-started",{{detail:{{wasm}}}}));</script>'
    )
    index = os.path.join(DIST, "index.html")
    html = open(index, encoding="utf-8").read()
    if MARKER not in html:
        sys.exit(f"build_wasm: {index} has no '{MARKER}' line to put the loader in")
    html = html.replace(MARKER, loader)
    open(index, "w", encoding="utf-8").write(html)
    print(f"build_wasm: {len(files)} files in dist/{folder}", flush=True)


if __name__ == "__main__":
    main()
