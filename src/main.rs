//! The `suivi` command: argument parsing, exit codes and output; no logic of its own.

use std::path::PathBuf;

/// mimalloc instead of the system allocator: rendering, indexing and writing allocate many
/// small strings on every thread, and glibc's malloc took about a fifth of a build's CPU time
/// (docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
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
    /// Print only errors (no progress, no summary of warnings)
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more: timings of each stage and of each rebuild
    #[arg(short, long, global = true)]
    verbose: bool,
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
        /// With --translations: the to-do list of this language only (en, fr, es, ar, ru, zh)
        #[arg(long, requires = "translations", value_name = "LANG")]
        lang: Option<String>,
    },
    /// Build the site in memory and serve it on this computer, rebuilding and reloading open
    /// pages as you edit
    Serve {
        /// The site folder: the one that holds site.yaml
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Port to listen on (0: any free port; the address is printed)
        #[arg(short, long, default_value_t = 8000)]
        port: u16,
        /// Interface to listen on. Anything but 127.0.0.1 or ::1 lets other computers read the
        /// site while you edit it
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
        host: std::net::IpAddr,
        /// Open the site in the default browser
        #[arg(long)]
        open: bool,
    },
    /// Create a new, working site in DIR
    Init {
        /// The folder to create the site in (created if missing)
        dir: PathBuf,
    },
    /// Write a new recommendation, update or page to fill in, with comments and the next free id
    New {
        #[command(subcommand)]
        what: NewCommand,
    },
    /// Print a shell completion script, e.g. `suivi completions bash > /etc/bash_completion.d/suivi`
    Completions {
        /// bash, zsh, fish, elvish or powershell
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `suivi man > suivi.1 && man ./suivi.1`
    Man,
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

#[derive(Subcommand)]
enum NewCommand {
    /// A draft recommendation in content/recommendations/ (not published until you remove `draft`)
    Recommendation {
        /// The site folder: the one that holds site.yaml
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// The state it is addressed to (ISO alpha-3) [default: the site's state]
        #[arg(long, value_name = "ISO3")]
        state: Option<String>,
        /// The mechanism that made it [default: upr]
        #[arg(long, value_name = "ID")]
        mechanism: Option<String>,
        /// Its id [default: the next free <state>-<mechanism>-<n>]
        #[arg(long)]
        id: Option<String>,
    },
    /// An implementation update of a recommendation in content/updates/, dated today
    Update {
        /// The id of the recommendation the update is about
        recommendation: String,
        /// The site folder: the one that holds site.yaml
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Who assesses: government, nhri, civil_society, un_follow_up, other [default: government]
        #[arg(long)]
        assessor: Option<String>,
        /// The status, from the site's vocabulary [default: in_progress]
        #[arg(long)]
        status: Option<String>,
    },
    /// A narrative page in content/pages/
    Page {
        /// The site folder: the one that holds site.yaml
        #[arg(default_value = ".")]
        site_dir: PathBuf,
        /// Its name in addresses [default: the next free page-<n>]
        #[arg(long)]
        slug: Option<String>,
        /// Its language [default: the site's default language]
        #[arg(long)]
        lang: Option<String>,
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

fn new_file(site_dir: &std::path::Path, result: Result<PathBuf, String>) -> ExitCode {
    match result {
        Ok(path) => {
            let shown = path.strip_prefix(site_dir).unwrap_or(&path);
            println!(
                "created {}; fill it in, then run: suivi check {}",
                shown.display(),
                site_dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
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
    suivi::render::seed_maps_per_thread();
    let cli = Cli::parse();
    suivi::progress::set_level(cli.quiet, cli.verbose);
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
                    if cli.quiet {
                        return ExitCode::SUCCESS;
                    }
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
            lang,
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
                        let only = match lang.as_deref().map(|l| (l, suivi::i18n::Lang::parse(l))) {
                            None => None,
                            Some((_, Some(l))) => Some(l),
                            Some((l, None)) => {
                                eprintln!("error: `{l}` is not one of en, fr, es, ar, ru, zh");
                                return ExitCode::from(2);
                            }
                        };
                        print!("{report}");
                        print!("{}", report.todo_text(only));
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
        Command::Serve {
            site_dir,
            port,
            host,
            open,
        } => match suivi::serve::serve(suivi::serve::ServeOptions {
            site_dir,
            host,
            port,
            open,
            quiet: cli.quiet,
            verbose: cli.verbose,
        }) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        },
        Command::New { what } => match what {
            NewCommand::Recommendation {
                site_dir,
                state,
                mechanism,
                id,
            } => {
                let r = suivi::scaffold::recommendation(
                    &site_dir,
                    &suivi::scaffold::NewRecommendation {
                        state,
                        mechanism,
                        id,
                    },
                );
                new_file(&site_dir, r)
            }
            NewCommand::Update {
                recommendation,
                site_dir,
                assessor,
                status,
            } => {
                let r = suivi::scaffold::update(
                    &site_dir,
                    &suivi::scaffold::NewUpdate {
                        recommendation,
                        assessor,
                        status,
                    },
                );
                new_file(&site_dir, r)
            }
            NewCommand::Page {
                site_dir,
                slug,
                lang,
            } => {
                let r = suivi::scaffold::page(&site_dir, &suivi::scaffold::NewPage { slug, lang });
                new_file(&site_dir, r)
            }
        },
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "suivi", &mut std::io::stdout());
            ExitCode::SUCCESS
        }
        Command::Man => {
            let cmd = <Cli as clap::CommandFactory>::command();
            match clap_mangen::Man::new(cmd).render(&mut std::io::stdout()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(1)
                }
            }
        }
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
