//! Your own settings from the command line: `kith config path|show|init`, `kith keys` (the
//! screen's keys in force) and `kith man` (the manual page, made by clap_mangen from the same
//! command clap parses with). None of them opens a notebook: `main` runs them before it would.

use super::ConfigNamed;
use crate::config::{self, Config};
use crate::say;
use crate::tui::{keymap, settings, theme};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::Path;

#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[arg(value_enum)]
    pub what: ConfigWhat,
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ConfigWhat {
    #[value(help = crate::say!("help-config-what-path"))]
    Path,
    #[value(help = crate::say!("help-config-what-show"))]
    Show,
    #[value(help = crate::say!("help-config-what-init"))]
    Init,
}

#[derive(Debug, Args)]
pub struct KeysArgs {}

#[derive(Debug, Args)]
pub struct ManArgs {}

/// `kith config …`, with the config file at `path`.
pub fn config(args: &ConfigArgs, path: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    match args.what {
        ConfigWhat::Path => writeln!(out, "{}", path.display())?,
        ConfigWhat::Show => {
            let config = in_force(path)?;
            out.write_all(show(&config).as_bytes())?;
        }
        ConfigWhat::Init => init(path, args.force, out)?,
    }
    Ok(())
}

/// Refuses a config file someone named (`--config` or `KITH_CONFIG`, both just as explicit)
/// that is not there: a mistyped name must not quietly give the defaults. At the default place
/// a missing file is the defaults.
pub fn must_exist(path: &Path, named: ConfigNamed) -> anyhow::Result<()> {
    if named == ConfigNamed::Nobody || !matches!(path.try_exists(), Ok(false)) {
        return Ok(());
    }
    let path = super::output::line(&path.display().to_string());
    match named {
        ConfigNamed::Variable => anyhow::bail!(say!("config-variable-missing", path = path)),
        _ => anyhow::bail!(say!("config-given-missing", path = path)),
    }
}

/// The config a notebook's command or the screen runs with. A file that does not read never
/// keeps the notebook closed: it gives the defaults, with what is wrong (`file:line: why`).
pub fn for_a_notebook(path: &Path, named: ConfigNamed) -> anyhow::Result<(Config, Option<String>)> {
    must_exist(path, named)?;
    Ok(Config::load_or_defaults(path))
}

/// The config at `path`, with the screen's keymap and theme built from it and made the ones in
/// force; the lines they could not use are named on stderr.
fn in_force(path: &Path) -> anyhow::Result<Config> {
    let config = Config::load(path)?;
    for problem in settings::install(&config, path, settings::no_color()) {
        super::terminal::say(problem);
    }
    Ok(config)
}

/// The config in force as TOML, every default written out.
fn show(config: &Config) -> String {
    let cadence = &config.cadence;
    let mut out = String::from("[cadence]\n");
    for (kind, days) in [
        ("customer", cadence.customer),
        ("prospect", cadence.prospect),
        ("employee", cadence.employee),
        ("partner", cadence.partner),
        ("supplier", cadence.supplier),
        ("other", cadence.other),
    ] {
        out.push_str(&format!("{kind} = {}\n", days.unwrap_or(0)));
    }
    out.push_str("\n[export]\n");
    match config.export.alarm_before {
        Some(minutes) => out.push_str(&format!("alarm_before = {minutes}\n")),
        None => out.push_str("# alarm_before: none (reminders go off when a follow-up is due)\n"),
    }
    let preset = |section: &config::Section, presets: &[&str]| {
        let name = section.text("preset").map(|(name, _)| name);
        toml::Value::String(
            name.filter(|n| presets.contains(n))
                .unwrap_or(presets[0])
                .into(),
        )
    };
    out.push_str(&format!(
        "\n[keys]\npreset = {}\n{}",
        preset(&config.keys, keymap::PRESETS),
        keymap::toml_lines(false)
    ));
    out.push_str(&format!(
        "\n[theme]\npreset = {}\n{}",
        preset(&config.theme, theme::PRESETS),
        theme::toml_lines(false)
    ));
    out.push_str(&ui_lines(&config.ui));
    out.push_str(&sync_lines(&config.sync));
    out
}

/// The `[sync]` section when the file sets something in it (the password is never there).
fn sync_lines(sync: &config::SyncSettings) -> String {
    let mut out = String::new();
    for (name, value) in [
        ("url", &sync.url),
        ("user", &sync.user),
        ("password_cmd", &sync.password_cmd),
    ] {
        if let Some(value) = value {
            out.push_str(&format!(
                "{name} = {}\n",
                toml::Value::String(value.clone())
            ));
        }
    }
    if out.is_empty() {
        return out;
    }
    format!("\n[sync]\n{out}")
}

/// The `[ui]` section when the file sets something in it (else the locale chooses, and the
/// section is not shown).
fn ui_lines(ui: &config::UiSettings) -> String {
    let mut out = String::new();
    if let Some(language) = ui.language {
        out.push_str(&format!("language = \"{}\"\n", language.tag()));
    }
    if let Some(digits) = ui.digits {
        let word = match digits {
            config::Digits::Native => "native",
            config::Digits::Ascii => "ascii",
        };
        out.push_str(&format!("digits = \"{word}\"\n"));
    }
    if out.is_empty() {
        return out;
    }
    format!("\n[ui]\n{out}")
}

/// Writes the commented config file at `path`, unless there is one and not `force`.
fn init(path: &Path, force: bool, out: &mut dyn Write) -> anyhow::Result<()> {
    if path.as_os_str().is_empty() {
        anyhow::bail!(say!("config-no-path"));
    }
    if path.exists() && !force {
        anyhow::bail!(say!("config-exists", path = path.display().to_string()));
    }
    // The defaults' lines, whatever a config elsewhere says.
    let keys = keymap::toml_lines_of(&keymap::build(&config::Section::default()).0, true);
    let text = config::template::fill(&keys, &theme::toml_lines(true));
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)?;
    }
    crate::files::write_private(path, text.as_bytes())?;
    writeln!(
        out,
        "{}",
        say!("config-written", path = path.display().to_string())
    )?;
    Ok(())
}

/// `kith keys`: every binding in force, where it works, its name in `[keys]` and what it does.
pub fn keys(path: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    in_force(path)?;
    let lines = keymap::key_lines();
    let header = [
        say!("keys-where"),
        say!("keys-name"),
        say!("keys-keys"),
        say!("keys-what"),
    ];
    let rows: Vec<[String; 4]> = std::iter::once(header)
        .chain(
            lines
                .into_iter()
                .map(|l| [l.section.to_lowercase(), l.name, l.keys, l.what.into()]),
        )
        .collect();
    let width = |i: usize| {
        rows.iter()
            .map(|r| crate::text::terminal_width(&r[i]))
            .max()
            .unwrap_or(0)
    };
    let widths = [width(0), width(1), width(2)];
    for row in &rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if let Some(w) = widths.get(i) {
                line.push_str(&" ".repeat(w - crate::text::terminal_width(cell) + 2));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// `kith man`: the manual page, in roff.
pub fn man(out: &mut dyn Write) -> anyhow::Result<()> {
    let mut command = super::help::command();
    command.build();
    let mut page = Vec::new();
    clap_mangen::Man::new(command).render(&mut page)?;
    Ok(out.write_all(&page)?)
}
