//! The config file: `$XDG_CONFIG_HOME/kith/config.toml` on Linux (see the README), or the file
//! named by `--config` / `KITH_CONFIG`. A missing file means the defaults; a malformed one is an
//! error that names the file and line.
//!
//! ```toml
//! [cadence]          # keep in touch every N days, per kind of contact; 0 turns a default off
//! customer = 30
//! prospect = 14
//! partner = 60
//! supplier = 90
//! ```

use crate::domain::CadenceDefaults;
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub cadence: CadenceDefaults,
}

impl Config {
    /// Reads the config at `path`, or the defaults when there is no file there.
    pub fn load(path: &Path) -> anyhow::Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => anyhow::bail!(crate::say!(
                "config-unreadable",
                path = path.display().to_string(),
                error = e.to_string()
            )),
        };
        Config::parse(&text).map_err(|e| {
            anyhow::anyhow!(crate::say!(
                "config-invalid",
                path = path.display().to_string(),
                error = e.to_string()
            ))
        })
    }

    /// Reads the text of a config file.
    pub fn parse(text: &str) -> Result<Config, toml::de::Error> {
        toml::from_str(text)
    }
}

/// Where the config file lives when none is named.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "kith").map(|d| d.config_dir().join("config.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> anyhow::Result<Config> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        Config::load(&path)
    }

    #[test]
    fn a_missing_file_means_the_defaults() {
        let config = Config::load(Path::new("/nonexistent/kith/config.toml")).unwrap();
        assert_eq!(config.cadence, CadenceDefaults::default());
    }

    #[test]
    fn given_values_replace_their_defaults_only() {
        let config = load("[cadence]\ncustomer = 45\nsupplier = 0\nemployee = 7\n").unwrap();
        use crate::domain::Kind;
        assert_eq!(config.cadence.for_kind(Kind::Customer), Some(45));
        assert_eq!(config.cadence.for_kind(Kind::Prospect), Some(14));
        assert_eq!(
            config.cadence.for_kind(Kind::Supplier),
            None,
            "0 turns it off"
        );
        assert_eq!(config.cadence.for_kind(Kind::Employee), Some(7));
    }

    #[test]
    fn a_malformed_file_names_the_file_and_line() {
        let err = load("[cadence]\ncustomer = \"often\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("config.toml is not valid") && err.contains("line 2"),
            "{err}"
        );
        let err = load("[cadense]\n").unwrap_err().to_string();
        assert!(err.contains("cadense"), "{err}");
    }
}
