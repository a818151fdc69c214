//! `kith completions SHELL`: the script that teaches a shell kith's subcommands, options and
//! their values, written by clap_complete from the same definitions clap parses with. It needs
//! no notebook: `main` runs it before opening one.
//!
//! Where a command takes a contact, bash, zsh, fish and PowerShell also complete contact names:
//! their scripts get a few lines of their own that ask `kith contact-names PREFIX` (hidden),
//! which reads the notebook the shell's `KITH_DB` or default names.

use clap::Args;
use clap_complete::Shell;
use std::io::Write;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Writes the completion script for `args.shell` to `out`.
pub fn print(args: &CompletionsArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    use clap_complete::Generator;
    let mut command = without_hidden(super::help::command());
    command.set_bin_name("kith");
    command.build();
    // The commands whose first argument is a contact.
    let takers: Vec<String> = (command.get_subcommands())
        .filter(|sub| {
            sub.get_positionals()
                .next()
                .is_some_and(|a| a.get_id() == "contact")
        })
        .map(|sub| sub.get_name().to_string())
        .collect();
    // Made whole first: some of clap_complete's writers panic on a write error, and a closed
    // pipe (`kith completions fish | head`) is the reader's choice, not a crash.
    let mut script = Vec::new();
    args.shell.try_generate(&command, &mut script)?;
    let script = String::from_utf8(script)?;
    Ok(out.write_all(with_contact_names(args.shell, script, &takers).as_bytes())?)
}

/// The command with its hidden subcommands left out: clap_complete offers every subcommand,
/// hidden or not, and `contact-names` is for the scripts, not for people. clap has no way to
/// remove a subcommand, so the root is put together again from its own options and the
/// subcommands people see.
fn without_hidden(command: clap::Command) -> clap::Command {
    let shown = (command.get_subcommands())
        // The help command is made again, for the commands shown only.
        .filter(|sub| !sub.is_hide_set() && sub.get_name() != "help")
        .cloned();
    // The help and version options come along with the rest (in words).
    let mut root = clap::Command::new("kith")
        .version(env!("CARGO_PKG_VERSION"))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .args(command.get_arguments().cloned())
        .subcommands(shown);
    if let Some(about) = command.get_about() {
        root = root.about(about.clone());
    }
    super::frame::help_commands_in_words(&mut root);
    root
}

/// bash: a function around clap's that offers names for the word after a command in `takers`.
const BASH: &str = r#"
_kith_contact_names() {
    _kith "$@"
    local cur="${COMP_WORDS[COMP_CWORD]}"
    [[ $COMP_CWORD -eq 2 && $cur != -* ]] || return 0
    case " TAKERS " in *" ${COMP_WORDS[1]} "*) ;; *) return 0 ;; esac
    local name
    COMPREPLY=()
    while IFS= read -r name; do
        COMPREPLY+=("$(printf '%q' "$name")")
    done < <(kith contact-names -- "$cur" 2>/dev/null)
}
if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _kith_contact_names -o nosort -o bashdefault -o default kith
else
    complete -F _kith_contact_names -o bashdefault -o default kith
fi
"#;

/// zsh: the function clap's script names for a contact's value.
const ZSH: &str = r#"
_kith_contact_names() {
    local -a names
    names=("${(@f)$(kith contact-names -- "$PREFIX" 2>/dev/null)}")
    compadd -a names
}
"#;

/// PowerShell: clap's completer becomes the function `_kith_clap`, and the completer registered
/// for kith calls it except for the word after a command in `TAKERS`, where it offers the
/// names, in single quotes (each quote doubled; PowerShell reads the curly ones as quotes too)
/// when a name holds a blank, a quote or a character PowerShell reads. A `--` PowerShell would
/// swallow, so it is passed quoted.
const POWERSHELL: &str = r#"
Register-ArgumentCompleter -Native -CommandName 'kith' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $words = @($commandAst.CommandElements | Where-Object { $_.Extent.StartOffset -lt $cursorPosition })
    $at = $words.Count
    if ($wordToComplete -ne '') { $at -= 1 }
    $takers = @(TAKERS)
    if ($at -eq 2 -and $takers -contains $words[1].Extent.Text -and -not $wordToComplete.StartsWith('-')) {
        $prefix = $wordToComplete -replace '^[''"\u2018-\u201E]', ''
        kith contact-names '--' $prefix 2>$null | ForEach-Object {
            $text = $_
            if ($text -match '[\s''"`$#@{}()<>;,|&\u2018-\u201E]') {
                $text = "'" + ($text -replace '[''\u2018-\u201B]', '$0$0') + "'"
            }
            [System.Management.Automation.CompletionResult]::new($text, $_, 'ParameterValue', $_)
        }
        return
    }
    _kith_clap $wordToComplete $commandAst $cursorPosition
}
"#;

/// The script with the lines that complete contact names, for the shells that get them.
fn with_contact_names(shell: Shell, script: String, takers: &[String]) -> String {
    match shell {
        Shell::Bash => script + &BASH.replace("TAKERS", &takers.join(" ")),
        Shell::Zsh => {
            let script = (script.lines())
                .map(|line| {
                    let contact = line.contains(":contact -- ") || line.contains(":CONTACT:");
                    match line.strip_suffix(":_default' \\") {
                        Some(start) if contact => format!("{start}:_kith_contact_names' \\\n"),
                        _ => format!("{line}\n"),
                    }
                })
                .collect::<String>();
            script.replacen("#compdef kith\n", &format!("#compdef kith\n{ZSH}"), 1)
        }
        Shell::Fish => {
            let mut script = script;
            for taker in takers {
                script.push_str(&format!(
                    "complete -c kith -n \"__fish_kith_using_subcommand {taker}\" -f -a \
                     \"(kith contact-names -- (commandline -ct) 2>/dev/null)\"\n"
                ));
            }
            script
        }
        Shell::PowerShell => {
            let takers: Vec<String> = takers.iter().map(|t| format!("'{t}'")).collect();
            script.replacen(CLAP_POWERSHELL, "function _kith_clap {", 1)
                + &POWERSHELL.replace("TAKERS", &takers.join(", "))
        }
        _ => script,
    }
}

/// How clap's PowerShell script registers its completer.
const CLAP_POWERSHELL: &str =
    "Register-ArgumentCompleter -Native -CommandName 'kith' -ScriptBlock {";
