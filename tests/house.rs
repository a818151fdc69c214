//! The house rules of the source, checked on every run: files fit on a few pages, modules do not
//! import each other in circles, and each layer imports only the layers below it
//! (ARCHITECTURE.md, "Layout").

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use syn::visit::Visit;

/// What every layer may use: the message catalogue sits below them all.
const EVERYWHERE: &[&str] = &["words"];

/// The longest a source file may be.
const MOST_LINES: usize = 400;

/// The top-level modules from the bottom up: a module may import those before it in its own
/// layer's list of allowed ones, never those above it.
const LAYERS: &[(&str, &[&str])] = &[
    ("text", &[]),
    ("words", &[]),
    ("guard", &[]),
    ("domain", &["text"]),
    ("clock", &["domain"]),
    ("files", &["domain", "text"]),
    ("config", &["domain", "files"]),
    ("store", &["domain", "text", "files", "clock", "guard"]),
    ("rescue", &["domain", "text", "files", "clock"]),
    ("search", &["domain", "text", "store"]),
    ("review", &["domain", "text", "store", "search", "clock"]),
    (
        "demo",
        &["domain", "text", "store", "search", "clock", "files"],
    ),
    (
        "interop",
        &[
            "domain", "text", "store", "search", "review", "clock", "files",
        ],
    ),
    (
        "sync",
        &[
            "domain", "text", "store", "clock", "files", "config", "interop",
        ],
    ),
    (
        "tui",
        &[
            "domain", "text", "store", "search", "review", "clock", "files", "config", "interop",
            "rescue", "guard",
        ],
    ),
    (
        "cli",
        &[
            "domain", "text", "store", "search", "review", "clock", "files", "config", "interop",
            "rescue", "guard", "demo", "tui", "sync",
        ],
    ),
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, into: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|x| x == "rs") {
            into.push(path);
        }
    }
}

/// `src/tui/parts/list/mod.rs` → `["tui", "parts", "list"]`; `lib.rs` and `main.rs` → the root.
fn module_of(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src()).unwrap();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// Every path a file names that starts with `crate::`, `super::` or `self::`, made absolute.
struct Paths {
    module: Vec<String>,
    found: Vec<Vec<String>>,
}

impl Paths {
    fn absolute(&self, segments: &[String]) -> Option<Vec<String>> {
        let mut base = self.module.to_vec();
        let mut rest = segments;
        match rest.first().map(String::as_str) {
            Some("crate") => {
                base.clear();
                rest = &rest[1..];
            }
            Some("self") => rest = &rest[1..],
            Some("super") => {
                while rest.first().map(String::as_str) == Some("super") {
                    base.pop()?;
                    rest = &rest[1..];
                }
            }
            _ => return None,
        }
        base.extend(rest.iter().cloned());
        Some(base)
    }

    fn tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.tree(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => self.note(prefix, Some(n.ident.to_string())),
            syn::UseTree::Rename(r) => self.note(prefix, Some(r.ident.to_string())),
            syn::UseTree::Glob(_) => self.note(prefix, None),
            syn::UseTree::Group(g) => {
                for tree in &g.items {
                    self.tree(prefix, tree);
                }
            }
        }
    }

    fn note(&mut self, prefix: &[String], last: Option<String>) {
        let mut whole = prefix.to_vec();
        whole.extend(last.filter(|l| l != "self"));
        if let Some(path) = self.absolute(&whole) {
            self.found.push(path);
        }
    }
}

impl<'ast> Visit<'ast> for Paths {
    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.tree(&mut Vec::new(), &item.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if let Some(path) = self.absolute(&segments) {
            self.found.push(path);
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        // An inline module (`mod tests { use super::*; }`) is part of its file: `super::` in
        // it names the file, and what it imports counts as the file's.
        if let Some((_, items)) = &item.content {
            self.module.push(item.ident.to_string());
            for item in items {
                self.visit_item(item);
            }
            self.module.pop();
        }
    }
}

/// For each module (file), the other modules it names.
fn imports() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(f)).collect();
    let mut graph = BTreeMap::new();
    for file in &files {
        let module = module_of(file);
        let text = std::fs::read_to_string(file).unwrap();
        let parsed = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let mut paths = Paths {
            module: module.clone(),
            found: Vec::new(),
        };
        paths.visit_file(&parsed);
        let mut targets = BTreeSet::new();
        for path in paths.found {
            // The deepest module the path reaches.
            let target = (0..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|p| modules.contains(p))
                .unwrap_or_default();
            if target != module {
                targets.insert(target);
            }
        }
        graph.insert(module, targets);
    }
    graph
}

fn name(module: &[String]) -> String {
    if module.is_empty() {
        "crate".into()
    } else {
        module.join("::")
    }
}

#[test]
fn no_source_file_is_longer_than_a_few_pages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "tests", "benches", "fuzz"] {
        if root.join(dir).is_dir() {
            rust_files(&root.join(dir), &mut files);
        }
    }
    let long: Vec<String> = files
        .iter()
        .filter(|f| !f.components().any(|c| c.as_os_str() == "target"))
        .filter_map(|f| {
            let lines = std::fs::read_to_string(f).unwrap().lines().count();
            (lines > MOST_LINES).then(|| format!("{} ({lines} lines)", f.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "split these by meaning (at most {MOST_LINES} lines): {long:#?}"
    );
}

#[test]
fn each_layer_imports_only_the_layers_below_it() {
    let allowed: BTreeMap<&str, &[&str]> = LAYERS.iter().copied().collect();
    let mut wrong = Vec::new();
    for (module, targets) in imports() {
        let Some(top) = module.first() else { continue };
        let Some(may) = allowed.get(top.as_str()) else {
            wrong.push(format!("{top} is in no layer: add it to LAYERS"));
            continue;
        };
        for target in targets {
            let Some(other) = target.first() else {
                continue;
            };
            if other != top
                && !may.contains(&other.as_str())
                && !EVERYWHERE.contains(&other.as_str())
            {
                wrong.push(format!("{} imports {}", name(&module), name(&target)));
            }
        }
    }
    assert!(wrong.is_empty(), "imports that reach up: {wrong:#?}");
}

/// Whether `a` contains `b` or the other way round: a module and its own parts are one piece.
fn related(a: &[String], b: &[String]) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

#[test]
fn no_modules_import_each_other_in_a_circle() {
    let graph = imports();
    let mut circles = BTreeSet::new();
    // A walk from every module along imports between unrelated modules; a way back is a circle.
    for start in graph.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((at, trail)) = stack.pop() {
            for next in graph.get(&at).into_iter().flatten() {
                if related(&at, next) {
                    continue;
                }
                if next == start {
                    let mut names: Vec<String> = trail.iter().map(|m| name(m)).collect();
                    names.push(name(start));
                    let mut key = trail.clone();
                    key.sort();
                    if circles.iter().all(|(k, _): &(Vec<_>, _)| *k != key) {
                        circles.insert((key, names.join(" → ")));
                    }
                } else if seen.insert(next.clone()) {
                    let mut trail = trail.clone();
                    trail.push(next.clone());
                    stack.push((next.clone(), trail));
                }
            }
        }
    }
    let circles: Vec<String> = circles.into_iter().map(|(_, c)| c).collect();
    assert!(circles.is_empty(), "import circles: {circles:#?}");
}
