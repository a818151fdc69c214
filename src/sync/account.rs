//! Whom to sync with: the server's URL, the user, and the password. The options win over the
//! config's `[sync]` (`url`, `user`, `password_cmd`), so `kith sync --url … --user … --password-cmd
//! …` needs no config file. The password is the first line a command prints (run by `sh -c`:
//! `pass show dav`, `secret-tool lookup …`), or `KITH_SYNC_PASSWORD`; kith never writes it down.

use super::SyncError;
use crate::config::SyncSettings;

/// The environment variable a password may come from instead of a command.
pub const PASSWORD_VARIABLE: &str = "KITH_SYNC_PASSWORD";

#[derive(Clone)]
pub struct Account {
    pub url: String,
    pub user: String,
    pub password: String,
}

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Account")
            .field("url", &self.url)
            .field("user", &self.user)
            .finish_non_exhaustive()
    }
}

/// What the command line gave.
#[derive(Debug, Clone, Default)]
pub struct AccountArgs {
    pub url: Option<String>,
    pub user: Option<String>,
    pub password_cmd: Option<String>,
}

impl AccountArgs {
    /// The account from the options, else the config; the password asked last.
    pub fn account(&self, config: &SyncSettings) -> Result<Account, SyncError> {
        let url = self.url.clone().or_else(|| config.url.clone());
        let user = self.user.clone().or_else(|| config.user.clone());
        let (Some(url), Some(user)) = (url, user) else {
            return Err(SyncError::NoAccount);
        };
        let password = match &self.password_cmd {
            Some(command) => run_password_command(command)?,
            None => match std::env::var(PASSWORD_VARIABLE) {
                Ok(password) => password,
                Err(_) => match &config.password_cmd {
                    Some(command) => run_password_command(command)?,
                    None => return Err(SyncError::NoPassword { user }),
                },
            },
        };
        Ok(Account {
            url,
            user,
            password,
        })
    }
}

/// The first line `command` prints, run by `sh -c`.
fn run_password_command(command: &str) -> Result<String, SyncError> {
    let failed = |error: String| SyncError::PasswordCommand {
        command: command.to_string(),
        error,
    };
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(command)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| failed(e.to_string()))?;
    if !output.status.success() {
        return Err(failed(output.status.to_string()));
    }
    let text = String::from_utf8(output.stdout).map_err(|e| failed(e.to_string()))?;
    Ok(text.lines().next().unwrap_or("").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_is_the_first_line_a_command_prints() {
        assert_eq!(
            run_password_command("printf 'secret\\nother\\n'").unwrap(),
            "secret"
        );
        let e = run_password_command("exit 3").unwrap_err();
        assert!(matches!(e, SyncError::PasswordCommand { .. }), "{e:?}");
    }

    #[test]
    fn the_options_win_over_the_config() {
        let config = SyncSettings {
            url: Some("https://config.example/".into()),
            user: Some("config".into()),
            password_cmd: Some("echo fromconfig".into()),
        };
        let args = AccountArgs {
            url: Some("https://option.example/".into()),
            user: None,
            password_cmd: Some("echo fromoption".into()),
        };
        let account = args.account(&config).unwrap();
        assert_eq!(
            (account.url.as_str(), account.user.as_str()),
            ("https://option.example/", "config")
        );
        assert_eq!(account.password, "fromoption");
        let none = AccountArgs::default().account(&SyncSettings::default());
        assert!(matches!(none, Err(SyncError::NoAccount)));
    }
}
