/tmp/ev.sh: line 5: actline.FactlineApplication: command not found
