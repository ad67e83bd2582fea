// Marks the part of the form that shows one field: focusing anything inside tells the source panel which lines
// to highlight, and the panel finds the field again by its data-field name to scroll to it.
import type { ReactNode } from 'react'
import { useEditor } from './editorContext'
import { refKey, type FieldRef } from './fieldRef'
import classes from './editor.module.css'

export function FieldZone({ field, children }: { field: FieldRef; children: ReactNode }) {
  const { focusField } = useEditor()
  return (
    <div
      className={classes.zone}
      data-field={refKey(field)}
      onFocus={(event) => {
        // The innermost field is the one in focus, not the card around it.
        event.stopPropagation()
        focusField(field)
      }}
    >
      {children}
    </div>
  )
}
