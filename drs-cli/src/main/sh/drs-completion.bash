# Bash completion for the drs command line: source it (README, "Command line"), e.g. from ~/.bashrc.
# It completes commands, sub-commands and options; names of devices and sets come from the server, so
# they are not guessed here.
_drs() {
  local current="${COMP_WORDS[COMP_CWORD]}" previous="${COMP_WORDS[COMP_CWORD-1]}"
  local commands="status backup restore show_backupfiles cancel_backup cancel_restore show_registration show_tapeid history device schedule estimate_size"
  local options="--url --user --json --help"
  case "$previous" in
    --password-file|--key-file|--local|--tape)
      COMPREPLY=($(compgen -f -- "$current"))
      return
      ;;
    --url|--user|--port|--keep|--trust|--block-size)
      COMPREPLY=()
      return
      ;;
    --compression)
      COMPREPLY=($(compgen -W "zstd gzip none" -- "$current"))
      return
      ;;
    history)
      COMPREPLY=($(compgen -W "backup restore" -- "$current"))
      return
      ;;
    device)
      COMPREPLY=($(compgen -W "list add delete" -- "$current"))
      return
      ;;
    schedule)
      COMPREPLY=($(compgen -W "list enable disable delete" -- "$current"))
      return
      ;;
  esac
  local command="" word
  local skip=false
  for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    if [ "$skip" = true ]; then
      skip=false
      continue
    fi
    case "$word" in
      --url|--user) skip=true ;;
      -*) ;;
      *) command="$word"; break ;;
    esac
  done
  case "$command" in
    "") [[ "$current" == -* ]] || options="$commands" ;;
    status) options="$options --watch" ;;
    backup) options="$options --wait" ;;
    restore) options="$options --yes --wait" ;;
    device) options="$options --local --sftp --tape --block-size --no-overwrite --port --keep --compression --trust --password-file --key-file" ;;
  esac
  COMPREPLY=($(compgen -W "$options" -- "$current"))
}
complete -F _drs drs
