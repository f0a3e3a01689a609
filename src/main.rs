//! The `suivi` command: argument parsing, exit codes and output; no logic of its own.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use suivi::pipeline::{self, BuildOptions, Failed};

/// Publish UN human rights recommendations, their implementation, treaty ratifications and
/// reservations as a static website in the six UN languages.
#[derive(Parser)]
#[command(name = "suivi", version, about, long_about = None)]
struct Cli {
    /// Threads to use (default: one per core). The output is the same whatever the number.
    #[arg(short = 'j', long, global = true, value_name = "N")]
    jobs: Option<usize>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into its output folder (replaced only when the whole build succeeds)
    Build {
        /// The site folder: the one that holds site.yaml
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Where to write the site [default: SITE_DIR/public]
        #[arg(short, long, value_name = "DIR")]
        output: Option<PathBuf>,
        /// Where the site will be published, e.g. https://example.org/repo/ (overrides site.yaml)
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Replace the output folder even if suivi did not write it
        #[arg(long)]
        force: bool,
    },
    /// Load and validate everything, report all problems, write nothing
    Check {
        /// The site folder: the one that holds site.yaml
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Also report, per language, missing UI messages and records without their own text
        #[arg(long)]
        translations: bool,
        /// With --translations: exit with status 1 when a UI message is missing in a language
        #[arg(long, requires = "translations")]
        strict: bool,
    },
    /// Create a new, working site in DIR
    Init {
        /// The folder to create the site in (created if missing)
        dir: PathBuf,
    },
    /// Import recommendations or ratifications from downloaded files into the site's content
    /// (re-importing updates the imported fields and keeps the rest; see docs/import.md)
    Import {
        /// What the files are: uhri (UHRI export, .xlsx or .csv), upr-info (UPR Info CSV export)
        /// or ratifications (ratification status tables: files or folders)
        #[arg(value_parser = ["uhri", "upr-info", "ratifications"])]
        kind: String,
        /// The files (or, for ratifications, folders) to import
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The site folder: the one that holds site.yaml
        #[arg(long, value_name = "SITE_DIR", default_value = ".")]
        into: PathBuf,
        /// Only rows about these states (ISO 3166-1 alpha-3 codes)
        #[arg(long, value_name = "ISO3", num_args = 1..)]
        state: Vec<String>,
        /// Show what would change; write nothing
        #[arg(long)]
        dry_run: bool,
        /// uhri: the language of the export's texts; a language other than en only adds text.LANG
        /// to records already imported
        #[arg(long, value_name = "LANG", default_value = "en")]
        lang: String,
        /// CSV text encoding: auto (UTF-8, else Latin-1/Windows-1252), utf-8, latin1, mac-roman
        #[arg(long, value_name = "ENC", default_value = "auto")]
        encoding: String,
        /// Another spelling of a state name, as "Name=ISO3" (repeatable)
        #[arg(long, value_name = "NAME=ISO3")]
        alias: Vec<String>,
        /// The file under content/recommendations/ that receives new records
        /// [default: uhri-<state>.yaml or upr-info-<state>.yaml]
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
        /// The date of the data (YYYY-MM-DD), written as source.as_of
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// ratifications: source.url of each state's entry
        #[arg(long, value_name = "URL")]
        source_url: Option<String>,
        /// ratifications: source.title of each state's entry
        #[arg(long, value_name = "TEXT")]
        source_title: Option<String>,
    },
}

#[allow(clippy::too_many_arguments)]
fn import(
    kind: &str,
    files: &[PathBuf],
    into: PathBuf,
    state: Vec<String>,
    dry_run: bool,
    lang: &str,
    encoding: &str,
    alias: Vec<String>,
    file: Option<PathBuf>,
    as_of: Option<String>,
    source_url: Option<String>,
    source_title: Option<String>,
) -> ExitCode {
    use suivi::import::{self, Kind, Options, table::TextEncoding};
    let kind = match kind {
        "uhri" => Kind::Uhri,
        "upr-info" => Kind::UprInfo,
        _ => Kind::Ratifications,
    };
    let mut opts = Options::new(&into);
    opts.dry_run = dry_run;
    opts.states = state.iter().map(|s| s.trim().to_uppercase()).collect();
    let Some(lang) = suivi::i18n::Lang::parse(lang) else {
        eprintln!("error: --lang {lang}: use one of ar, zh, en, fr, ru, es");
        return ExitCode::from(2);
    };
    opts.lang = lang;
    let Some(enc) = TextEncoding::parse(encoding) else {
        eprintln!("error: --encoding {encoding}: use auto, utf-8, latin1 or mac-roman");
        return ExitCode::from(2);
    };
    opts.encoding = enc;
    for a in alias {
        match a.rsplit_once('=') {
            Some((name, code)) if !name.trim().is_empty() && code.trim().len() == 3 => opts
                .aliases
                .push((name.trim().to_string(), code.trim().to_uppercase())),
            _ => {
                eprintln!("error: --alias {a}: write it as \"Name=ISO3\"");
                return ExitCode::from(2);
            }
        }
    }
    if let Some(d) = &as_of
        && suivi::i18n::PartialDate::parse(d).is_err()
    {
        eprintln!("error: --as-of {d}: write a date as YYYY-MM-DD");
        return ExitCode::from(2);
    }
    opts.file = file;
    opts.as_of = as_of;
    opts.source_url = source_url;
    opts.source_title = source_title;
    match import::run(kind, files, &opts) {
        Ok(report) => {
            use std::io::Write;
            // a closed pipe (`| head`) is not an error of the import
            let _ = std::io::stdout().write_all(report.render(kind, dry_run).as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            eprintln!("error: the import stopped; no file was written");
            ExitCode::from(1)
        }
    }
}

fn report_failure(site: &std::path::Path, Failed(diags): Failed) -> ExitCode {
    eprint!("{}", diags.render(site));
    eprintln!(
        "error: {} error(s), {} warning(s); nothing was written",
        diags.error_count(),
        diags.warning_count()
    );
    ExitCode::from(1)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(n) = cli.jobs {
        if n == 0 {
            eprintln!("error: --jobs must be at least 1");
            return ExitCode::from(2);
        }
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global();
    }
    match cli.command {
        Command::Build {
            site_dir,
            output,
            base_url,
            force,
        } => {
            match pipeline::build(
                &site_dir,
                &BuildOptions {
                    output,
                    base_url,
                    force,
                },
            ) {
                Ok((report, warnings)) => {
                    eprint!("{}", warnings.render(&site_dir));
                    let per_lang: Vec<String> = report
                        .pages_per_language
                        .iter()
                        .map(|(l, n)| format!("{l} {n}"))
                        .collect();
                    println!(
                        "built {} files into {} in {} ms (pages per language: {})",
                        report.files,
                        report.output.display(),
                        report.millis,
                        per_lang.join(", ")
                    );
                    ExitCode::SUCCESS
                }
                Err(failed) => report_failure(&site_dir, failed),
            }
        }
        Command::Check {
            site_dir,
            translations,
            strict,
        } => match pipeline::check(&site_dir) {
            Ok((site, warnings)) => {
                eprint!("{}", warnings.render(&site_dir));
                println!(
                    "ok: {} recommendations, {} updates, {} states with ratification data, {} reservations, {} pages; {} warning(s)",
                    site.recommendations.len(),
                    site.updates.len(),
                    site.ratifications.len(),
                    site.reservations.len(),
                    site.pages.len(),
                    warnings.warning_count()
                );
                if !translations {
                    return ExitCode::SUCCESS;
                }
                match suivi::translations::report(&site_dir, &site) {
                    Ok(report) => {
                        print!("{report}");
                        if strict && report.missing_ui_messages() > 0 {
                            eprintln!(
                                "error: {} UI message(s) missing (--strict)",
                                report.missing_ui_messages()
                            );
                            return ExitCode::from(1);
                        }
                        ExitCode::SUCCESS
                    }
                    Err(errors) => {
                        let mut d = suivi::diag::Diagnostics::default();
                        d.extend(errors);
                        report_failure(&site_dir, Failed(d))
                    }
                }
            }
            Err(failed) => report_failure(&site_dir, failed),
        },
        Command::Import {
            kind,
            files,
            into,
            state,
            dry_run,
            lang,
            encoding,
            alias,
            file,
            as_of,
            source_url,
            source_title,
        } => import(
            &kind,
            &files,
            into,
            state,
            dry_run,
            &lang,
            &encoding,
            alias,
            file,
            as_of,
            source_url,
            source_title,
        ),
        Command::Init { dir } => match suivi::init::init(&dir) {
            Ok(()) => {
                println!(
                    "created a new site in {}; build it with: suivi build {}",
                    dir.display(),
                    dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        },
    }
}
